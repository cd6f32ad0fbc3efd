-- Guest order links (lib/orders/order-link-token.ts). A link asked for again replaces the earlier
-- ones: the link's secret is keyed with the order's link version, and only the newest version's
-- hash is kept. Every link stops working at its expiry (a guest asks for a new one by e-mail).
ALTER TABLE orders
  ADD COLUMN access_link_version integer NOT NULL DEFAULT 0,
  ADD COLUMN access_link_expires_at timestamptz(3),
  ADD CONSTRAINT orders_access_link_version_nonnegative CHECK (access_link_version >= 0);

-- Links already sent keep working for as long as a new one would.
UPDATE orders SET access_link_expires_at = now() + interval '90 days' WHERE access_token_hash IS NOT NULL;
