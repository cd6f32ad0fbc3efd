-- Store operations: picking click & collect orders, hand-over at the counter, returns at the desk.

-- Staff tick lines off as they pick them; a line whose goods cannot be found is cancelled
-- (refunded and its hold released) instead of holding up the whole order.
ALTER TABLE order_lines
  ADD COLUMN picked_at timestamptz(3),
  ADD COLUMN cancelled_at timestamptz(3);

-- The hand-over finds a ready order by the code the shopper shows (its SHA-256).
CREATE INDEX pickups_code_hash_idx ON pickups (code_hash);

-- The store the shopper said they would bring the return to (the store that receives it is
-- store_id, and may differ: any store takes back any online order). When the owner lets a
-- return through after the return window, the reason and who decided are kept.
ALTER TABLE returns
  ADD COLUMN requested_store_id uuid REFERENCES stores (id) ON DELETE SET NULL ON UPDATE CASCADE,
  ADD COLUMN window_override_reason text,
  ADD COLUMN window_override_by_id uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE;

-- Why a refund failed, for the staff member who retries it.
ALTER TABLE refunds ADD COLUMN failure_reason text;
