-- Back office: orders and customers. Internal notes (seen only by staff and the owner), when a
-- user was last seen (set at sign-in), and the indexes the owner's order and customer lists
-- filter, search and sort by (they must stay fast with 100,000 orders).

CREATE TABLE order_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  author_id uuid REFERENCES users(id) ON DELETE SET NULL,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX order_notes_order_id_created_at_idx ON order_notes (order_id, created_at);

CREATE TABLE customer_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  author_id uuid REFERENCES users(id) ON DELETE SET NULL,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX customer_notes_user_id_created_at_idx ON customer_notes (user_id, created_at);

ALTER TABLE users ADD COLUMN last_seen_at timestamptz(3);

-- The order list: newest first by default, or by total; filters that narrow a lot (store,
-- return status, channel, fulfilment) each with the date they are sorted by.
CREATE INDEX orders_placed_at_idx ON orders (placed_at);
CREATE INDEX orders_total_cents_idx ON orders (total_cents);
CREATE INDEX orders_pickup_store_id_placed_at_idx ON orders (pickup_store_id, placed_at);
CREATE INDEX orders_return_status_placed_at_idx ON orders (return_status, placed_at);
CREATE INDEX orders_channel_placed_at_idx ON orders (channel, placed_at);
CREATE INDEX orders_fulfilment_placed_at_idx ON orders (fulfilment, placed_at);
-- Search by part of a name or an e-mail address (ILIKE '%...%').
CREATE INDEX orders_name_trgm_idx ON orders USING gin (name gin_trgm_ops);
CREATE INDEX orders_email_trgm_idx ON orders USING gin (email gin_trgm_ops);

-- The customer list: customers by name; search by name, e-mail or phone.
CREATE INDEX users_role_created_at_idx ON users (role, created_at);
CREATE INDEX users_name_trgm_idx ON users USING gin (name gin_trgm_ops);
CREATE INDEX users_email_trgm_idx ON users USING gin (email gin_trgm_ops);
CREATE INDEX users_phone_trgm_idx ON users USING gin (phone gin_trgm_ops);
-- A customer's page finds their guest orders and event registrations by e-mail.
CREATE INDEX event_registrations_email_idx ON event_registrations (email);
