-- Checkout and orders.

-- An e-mail about one thing (e.g. the confirmation of one order) is queued once: the sender names
-- the thing in `reference`, and a second insert of the same (kind, reference) does nothing.
-- Rows without a reference (NULL) are never duplicates of each other.
ALTER TABLE outbox_messages ADD COLUMN reference text;
CREATE UNIQUE INDEX outbox_messages_kind_reference_key ON outbox_messages (kind, reference);

-- A pickup order whose goods are in another location asks for a transfer to the pickup store;
-- the transfer remembers the order it serves (and is cancelled when the order is).
ALTER TABLE stock_transfers
  ADD COLUMN order_id uuid REFERENCES orders (id) ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX stock_transfers_order_id_idx ON stock_transfers (order_id);

-- Guest order lookups (e-mail + order number), counted per address and per IP for rate limiting.
CREATE TABLE order_lookup_attempts (
  id         bigserial PRIMARY KEY,
  email      text NOT NULL,
  ip         text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX order_lookup_attempts_email_created_at_idx ON order_lookup_attempts (email, created_at);
CREATE INDEX order_lookup_attempts_ip_created_at_idx ON order_lookup_attempts (ip, created_at);
