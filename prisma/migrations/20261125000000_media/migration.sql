-- Store as media: which content sells, and event reminders.
--
-- Attribution: an add-to-cart from a story or event page is logged with that page
-- (content_cart_adds); the cart line remembers the page it was last added from, and the order
-- line copies it when the order is placed, so paid sales can be counted per page.

CREATE TABLE content_cart_adds (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content_id uuid NOT NULL REFERENCES contents (id) ON DELETE CASCADE ON UPDATE CASCADE,
  variant_id uuid REFERENCES product_variants (id) ON DELETE SET NULL ON UPDATE CASCADE,
  quantity   integer NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT content_cart_adds_quantity_positive CHECK (quantity > 0)
);
CREATE INDEX content_cart_adds_content_id_created_at_idx ON content_cart_adds (content_id, created_at);
CREATE INDEX content_cart_adds_created_at_idx ON content_cart_adds (created_at);

ALTER TABLE cart_items ADD COLUMN content_id uuid REFERENCES contents (id) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE order_lines ADD COLUMN content_id uuid REFERENCES contents (id) ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX order_lines_content_id_idx ON order_lines (content_id) WHERE content_id IS NOT NULL;

-- The 24-hour reminder is sent once per registration.
ALTER TABLE event_registrations ADD COLUMN reminder_sent_at timestamptz(3);

-- The scheduled-publishing job looks for content whose time has come.
CREATE INDEX contents_scheduled_at_idx ON contents (scheduled_at) WHERE status = 'SCHEDULED';
