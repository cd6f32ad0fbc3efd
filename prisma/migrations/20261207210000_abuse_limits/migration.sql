-- Limits that keep anonymous visitors from holding stock or creating accounts for free.

-- Sign-ups, counted per network and in total over a window (lib/users/sign-up-limit.ts).
CREATE TABLE sign_up_attempts (
  id bigserial PRIMARY KEY,
  network text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX sign_up_attempts_network_created_at_idx ON sign_up_attempts (network, created_at);
CREATE INDEX sign_up_attempts_created_at_idx ON sign_up_attempts (created_at);

-- Pay-at-pickup checkouts, counted per e-mail address, device (the guest's cart cookie or the
-- account) and network over a window (lib/checkout/pay-at-pickup-limits.ts). Rows older than the
-- window are deleted by the holds job.
CREATE TABLE checkout_attempts (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  device text NOT NULL,
  network text,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX checkout_attempts_email_created_at_idx ON checkout_attempts (email, created_at);
CREATE INDEX checkout_attempts_device_created_at_idx ON checkout_attempts (device, created_at);
CREATE INDEX checkout_attempts_network_created_at_idx ON checkout_attempts (network, created_at);
CREATE INDEX checkout_attempts_created_at_idx ON checkout_attempts (created_at);

-- A guest's pay-at-pickup order waits for the link in its confirmation e-mail (confirmed_at null,
-- a short hold; the link's secret is derived from the order's id with the app's secret, so it is
-- never stored); every other order is confirmed when placed. Orders placed before this change
-- count as confirmed when they were placed.
ALTER TABLE orders ADD COLUMN confirmed_at timestamptz(3) DEFAULT now();
UPDATE orders SET confirmed_at = placed_at;
CREATE INDEX orders_unconfirmed_placed_at_idx ON orders (placed_at) WHERE confirmed_at IS NULL AND status = 'PAY_AT_PICKUP';

-- The page cache's note of one-off addresses (searches) asked for once: such a page is cached
-- only when asked for again within ten minutes (lib/cache/cache-admission.mjs). Old notes are
-- deleted by the store's cleanup.
CREATE TABLE next_cache.sightings (
  key text PRIMARY KEY,
  seen_at timestamptz NOT NULL DEFAULT now()
);
