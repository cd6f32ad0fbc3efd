-- Notes the owner marks for staff appear on the customer's card at the counter (issue 15, item 4);
-- every other note stays in the back office. Existing notes were written for the owner's eyes only.
ALTER TABLE "customer_notes" ADD COLUMN "for_staff" BOOLEAN NOT NULL DEFAULT false;
