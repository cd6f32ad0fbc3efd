-- The counter's daily close (issue 15): entry 0 closes a store's day, later entries correct it.
CREATE TABLE "store_day_closes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "store_id" UUID NOT NULL,
    "business_date" DATE NOT NULL,
    "entry" INTEGER NOT NULL,
    "expected_cash_cents" INTEGER NOT NULL,
    "counted_cash_cents" INTEGER NOT NULL,
    "expected_card_cents" INTEGER NOT NULL,
    "terminal_card_cents" INTEGER NOT NULL,
    "reason" TEXT,
    "summary" JSONB NOT NULL,
    "closed_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "store_day_closes_pkey" PRIMARY KEY ("id"),
    CONSTRAINT store_day_closes_entry_nonnegative CHECK ("entry" >= 0),
    CONSTRAINT store_day_closes_reason_length CHECK ("reason" IS NULL OR char_length("reason") BETWEEN 1 AND 500)
);

CREATE UNIQUE INDEX "store_day_closes_store_id_business_date_entry_key" ON "store_day_closes"("store_id", "business_date", "entry");

ALTER TABLE "store_day_closes" ADD CONSTRAINT "store_day_closes_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "store_day_closes" ADD CONSTRAINT "store_day_closes_closed_by_id_fkey" FOREIGN KEY ("closed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An entry is never changed or deleted (a closed day is corrected by a new entry).
CREATE FUNCTION store_day_closes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'store_day_closes entries cannot be changed or deleted';
END $$;
CREATE TRIGGER store_day_closes_append_only BEFORE UPDATE OR DELETE ON "store_day_closes"
  FOR EACH ROW EXECUTE FUNCTION store_day_closes_append_only();
