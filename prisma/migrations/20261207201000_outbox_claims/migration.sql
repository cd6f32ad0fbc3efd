-- Delivery claims. A worker takes a batch of due messages in one statement (FOR UPDATE SKIP LOCKED),
-- marks them SENDING and holds them until claimed_until (its lease); only then does it send. Two
-- workers (processes, app instances) therefore never send the same message, and a claim whose
-- worker died is taken again once its lease has run out, so nothing is lost. claimed_until is
-- also the claim's fence: a worker records its result only while the row still carries its lease.
-- (ADD VALUE runs in the migration's transaction; the new value is not used in it.)
ALTER TYPE "OutboxStatus" ADD VALUE 'SENDING' AFTER 'PENDING';
ALTER TABLE outbox_messages ADD COLUMN claimed_until timestamptz(3);
