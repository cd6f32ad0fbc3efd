-- Sales at the store counter (issue 15): the till's key of a sale (one sale however often "pay"
-- is pressed) and who sold it.
ALTER TABLE "orders" ADD COLUMN "till_key" UUID;
ALTER TABLE "orders" ADD COLUMN "sold_by_id" UUID;
CREATE UNIQUE INDEX "orders_till_key_key" ON "orders"("till_key");
ALTER TABLE "orders" ADD CONSTRAINT "orders_sold_by_id_fkey" FOREIGN KEY ("sold_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
