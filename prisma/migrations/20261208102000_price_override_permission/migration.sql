-- Staff whom the owner allows to change prices at the till (issue 15).
ALTER TABLE "users" ADD COLUMN "can_override_prices" BOOLEAN NOT NULL DEFAULT false;
