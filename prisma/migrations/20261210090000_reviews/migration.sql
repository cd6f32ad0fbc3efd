-- Reviews (issue 16, item 4): a verified buyer's stars and plain text about a product, one per
-- product and customer; the owner publishes, hides and replies. The product page reads the
-- published ones (product, status, newest first).
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'PUBLISHED', 'HIDDEN');

CREATE TABLE reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  order_id uuid REFERENCES orders(id) ON DELETE SET NULL,
  rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
  status "ReviewStatus" NOT NULL DEFAULT 'PENDING',
  owner_reply text CHECK (owner_reply IS NULL OR char_length(owner_reply) BETWEEN 1 AND 2000),
  replied_at timestamptz(3),
  published_at timestamptz(3),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX reviews_product_id_user_id_key ON reviews (product_id, user_id);
CREATE INDEX reviews_product_id_status_created_at_idx ON reviews (product_id, status, created_at);
CREATE INDEX reviews_status_created_at_idx ON reviews (status, created_at);
CREATE INDEX reviews_order_id_idx ON reviews (order_id);
CREATE INDEX reviews_user_id_idx ON reviews (user_id);
