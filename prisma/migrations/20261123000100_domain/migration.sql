-- Digijalka: the shop's domain. Stores in detail, catalog, stock, carts, orders, payments,
-- click & collect, returns, content and events, audit log, webhooks, settings.
-- Rules that Prisma's schema cannot state live here: CHECK constraints, sequences with a start,
-- and a partial unique index (event registrations).

-- ---------------------------------------------------------------------------------------------
-- Enums
-- ---------------------------------------------------------------------------------------------
CREATE TYPE "StoreKind" AS ENUM ('STORE', 'WAREHOUSE');
CREATE TYPE "ProductStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');
CREATE TYPE "StockMovementType" AS ENUM (
  'RECEIVE', 'SALE', 'RESERVE', 'RELEASE', 'RETURN', 'ADJUST', 'TRANSFER_OUT', 'TRANSFER_IN'
);
CREATE TYPE "StockTransferStatus" AS ENUM ('REQUESTED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED');
CREATE TYPE "OrderChannel" AS ENUM ('WEB', 'STORE', 'KIOSK');
CREATE TYPE "FulfilmentType" AS ENUM ('DELIVERY', 'PARCEL_LOCKER', 'PICKUP');
CREATE TYPE "OrderStatus" AS ENUM (
  'PENDING_PAYMENT', 'PAID', 'PAY_AT_PICKUP', 'FULFILLED', 'CANCELLED', 'EXPIRED'
);
CREATE TYPE "OrderReturnStatus" AS ENUM ('NONE', 'PARTIALLY_RETURNED', 'RETURNED');
CREATE TYPE "ReservationStatus" AS ENUM ('ACTIVE', 'CONVERTED', 'RELEASED');
CREATE TYPE "PaymentProvider" AS ENUM ('STRIPE', 'CASH', 'CARD_TERMINAL');
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED');
CREATE TYPE "RefundStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');
CREATE TYPE "PickupStatus" AS ENUM (
  'PENDING', 'PICKING', 'READY_FOR_PICKUP', 'PICKED_UP', 'CANCELLED', 'EXPIRED'
);
CREATE TYPE "ReturnStatus" AS ENUM ('REQUESTED', 'RECEIVED', 'REFUNDED', 'REJECTED', 'CANCELLED');
CREATE TYPE "ReturnMethod" AS ENUM ('STORE', 'MAIL');
CREATE TYPE "ReturnCondition" AS ENUM ('RESALEABLE', 'DAMAGED');
CREATE TYPE "ContentType" AS ENUM ('STORY', 'GUIDE', 'EVENT', 'PAGE');
CREATE TYPE "ContentStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'PUBLISHED');
CREATE TYPE "EventStatus" AS ENUM ('SCHEDULED', 'CANCELLED');
CREATE TYPE "RegistrationStatus" AS ENUM ('CONFIRMED', 'WAITLIST', 'CANCELLED');

-- ---------------------------------------------------------------------------------------------
-- Stores
-- ---------------------------------------------------------------------------------------------
ALTER TABLE stores
  ADD COLUMN kind                 "StoreKind" NOT NULL DEFAULT 'STORE',
  ADD COLUMN street               text,
  ADD COLUMN postal_code          text,
  ADD COLUMN city                 text,
  ADD COLUMN phone                text,
  ADD COLUMN email                text,
  ADD COLUMN latitude             double precision,
  ADD COLUMN longitude            double precision,
  ADD COLUMN pickup_enabled       boolean NOT NULL DEFAULT false,
  ADD COLUMN returns_enabled      boolean NOT NULL DEFAULT false,
  ADD COLUMN pickup_deadline_days integer NOT NULL DEFAULT 7,
  ADD COLUMN preparation_minutes  integer NOT NULL DEFAULT 60,
  ADD COLUMN position             integer NOT NULL DEFAULT 0,
  ADD CONSTRAINT stores_pickup_deadline_days_positive CHECK (pickup_deadline_days > 0),
  ADD CONSTRAINT stores_preparation_minutes_nonnegative CHECK (preparation_minutes >= 0),
  -- a warehouse has no customers: no pickups, no returns
  ADD CONSTRAINT stores_warehouse_no_customers
    CHECK (kind = 'STORE' OR (NOT pickup_enabled AND NOT returns_enabled));

-- Times are minutes since midnight, Europe/Helsinki.
CREATE TABLE store_opening_hours (
  store_id  uuid NOT NULL REFERENCES stores (id) ON DELETE CASCADE ON UPDATE CASCADE,
  weekday   integer NOT NULL,
  opens_at  integer NOT NULL,
  closes_at integer NOT NULL,
  PRIMARY KEY (store_id, weekday),
  CONSTRAINT store_opening_hours_iso_weekday CHECK (weekday BETWEEN 1 AND 7),
  CONSTRAINT store_opening_hours_times CHECK (opens_at >= 0 AND closes_at <= 1440 AND opens_at < closes_at)
);

CREATE TABLE store_opening_exceptions (
  id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id  uuid NOT NULL REFERENCES stores (id) ON DELETE CASCADE ON UPDATE CASCADE,
  date      date NOT NULL,
  closed    boolean NOT NULL DEFAULT false,
  opens_at  integer,
  closes_at integer,
  note_fi   text,
  note_en   text,
  CONSTRAINT store_opening_exceptions_times CHECK (
    closed OR (opens_at IS NOT NULL AND closes_at IS NOT NULL
               AND opens_at >= 0 AND closes_at <= 1440 AND opens_at < closes_at)
  )
);
CREATE UNIQUE INDEX store_opening_exceptions_store_id_date_key ON store_opening_exceptions (store_id, date);

-- ---------------------------------------------------------------------------------------------
-- Catalog
-- ---------------------------------------------------------------------------------------------
CREATE TABLE categories (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug           text NOT NULL,
  name_fi        text NOT NULL,
  name_en        text NOT NULL,
  description_fi text,
  description_en text,
  parent_id      uuid REFERENCES categories (id) ON DELETE SET NULL ON UPDATE CASCADE,
  position       integer NOT NULL DEFAULT 0,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX categories_slug_key ON categories (slug);
CREATE INDEX categories_parent_id_idx ON categories (parent_id);

CREATE TABLE tags (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug       text NOT NULL,
  name_fi    text NOT NULL,
  name_en    text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX tags_slug_key ON tags (slug);

CREATE TABLE products (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug           text NOT NULL,
  name_fi        text NOT NULL,
  name_en        text NOT NULL,
  description_fi text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  category_id    uuid REFERENCES categories (id) ON DELETE SET NULL ON UPDATE CASCADE,
  status         "ProductStatus" NOT NULL DEFAULT 'DRAFT',
  final_sale     boolean NOT NULL DEFAULT false,
  featured       boolean NOT NULL DEFAULT false,
  vendor         text,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX products_slug_key ON products (slug);
CREATE INDEX products_category_id_idx ON products (category_id);
CREATE INDEX products_status_idx ON products (status);

CREATE TABLE product_tags (
  product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE ON UPDATE CASCADE,
  tag_id     uuid NOT NULL REFERENCES tags (id) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (product_id, tag_id)
);
CREATE INDEX product_tags_tag_id_idx ON product_tags (tag_id);

CREATE TABLE product_variants (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id       uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE ON UPDATE CASCADE,
  sku              text NOT NULL,
  ean              text,
  price_cents      integer NOT NULL,
  compare_at_cents integer,
  vat_rate_bp      integer NOT NULL DEFAULT 2550,
  size             text,
  colour           text,
  position         integer NOT NULL DEFAULT 0,
  active           boolean NOT NULL DEFAULT true,
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  updated_at       timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT product_variants_price_nonnegative CHECK (price_cents >= 0),
  CONSTRAINT product_variants_compare_at_nonnegative CHECK (compare_at_cents IS NULL OR compare_at_cents >= 0),
  CONSTRAINT product_variants_vat_rate CHECK (vat_rate_bp IN (2550, 1400, 1000, 0))
);
CREATE UNIQUE INDEX product_variants_sku_key ON product_variants (sku);
CREATE INDEX product_variants_product_id_idx ON product_variants (product_id);

CREATE TABLE product_images (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE ON UPDATE CASCADE,
  url        text NOT NULL,
  alt_fi     text NOT NULL,
  alt_en     text NOT NULL,
  position   integer NOT NULL DEFAULT 0,
  width      integer,
  height     integer
);
CREATE INDEX product_images_product_id_idx ON product_images (product_id);

-- ---------------------------------------------------------------------------------------------
-- Carts
-- ---------------------------------------------------------------------------------------------
CREATE TABLE carts (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    uuid REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  token      text NOT NULL,
  locale     "Locale" NOT NULL DEFAULT 'fi',
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX carts_user_id_key ON carts (user_id);
CREATE UNIQUE INDEX carts_token_key ON carts (token);
CREATE INDEX carts_updated_at_idx ON carts (updated_at);

CREATE TABLE cart_items (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cart_id            uuid NOT NULL REFERENCES carts (id) ON DELETE CASCADE ON UPDATE CASCADE,
  variant_id         uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE ON UPDATE CASCADE,
  quantity           integer NOT NULL,
  price_cents_at_add integer NOT NULL,
  created_at         timestamptz(3) NOT NULL DEFAULT now(),
  updated_at         timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT cart_items_quantity_positive CHECK (quantity > 0)
);
CREATE UNIQUE INDEX cart_items_cart_id_variant_id_key ON cart_items (cart_id, variant_id);
CREATE INDEX cart_items_variant_id_idx ON cart_items (variant_id);

-- ---------------------------------------------------------------------------------------------
-- Orders
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE orders_number_seq AS integer START WITH 10001;

CREATE TABLE orders (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number               integer NOT NULL DEFAULT nextval('orders_number_seq'),
  channel              "OrderChannel" NOT NULL DEFAULT 'WEB',
  fulfilment           "FulfilmentType" NOT NULL,
  status               "OrderStatus" NOT NULL DEFAULT 'PENDING_PAYMENT',
  return_status        "OrderReturnStatus" NOT NULL DEFAULT 'NONE',
  customer_id          uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  email                text NOT NULL,
  name                 text NOT NULL,
  phone                text,
  locale               "Locale" NOT NULL DEFAULT 'fi',
  pickup_store_id      uuid REFERENCES stores (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  shipping_street      text,
  shipping_postal_code text,
  shipping_city        text,
  shipping_country     text,
  parcel_locker_id     text,
  parcel_locker_name   text,
  subtotal_cents       integer NOT NULL,
  shipping_cents       integer NOT NULL DEFAULT 0,
  vat_cents            integer NOT NULL,
  total_cents          integer NOT NULL,
  currency             text NOT NULL DEFAULT 'EUR',
  access_token_hash    text,
  placed_at            timestamptz(3) NOT NULL DEFAULT now(),
  paid_at              timestamptz(3),
  fulfilled_at         timestamptz(3),
  cancelled_at         timestamptz(3),
  updated_at           timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT orders_email_lower CHECK (email = lower(email)),
  CONSTRAINT orders_money_nonnegative
    CHECK (subtotal_cents >= 0 AND shipping_cents >= 0 AND vat_cents >= 0 AND total_cents >= 0),
  CONSTRAINT orders_pickup_has_store CHECK (fulfilment <> 'PICKUP' OR pickup_store_id IS NOT NULL)
);
ALTER SEQUENCE orders_number_seq OWNED BY orders.number;
CREATE UNIQUE INDEX orders_number_key ON orders (number);
CREATE UNIQUE INDEX orders_access_token_hash_key ON orders (access_token_hash);
CREATE INDEX orders_customer_id_placed_at_idx ON orders (customer_id, placed_at);
CREATE INDEX orders_email_idx ON orders (email);
CREATE INDEX orders_status_placed_at_idx ON orders (status, placed_at);
CREATE INDEX orders_pickup_store_id_status_idx ON orders (pickup_store_id, status);

CREATE TABLE order_lines (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id         uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE ON UPDATE CASCADE,
  product_id       uuid REFERENCES products (id) ON DELETE SET NULL ON UPDATE CASCADE,
  variant_id       uuid REFERENCES product_variants (id) ON DELETE SET NULL ON UPDATE CASCADE,
  sku              text NOT NULL,
  name             text NOT NULL,
  variant_label    text,
  quantity         integer NOT NULL,
  unit_price_cents integer NOT NULL,
  vat_rate_bp      integer NOT NULL,
  line_total_cents integer NOT NULL,
  vat_cents        integer NOT NULL,
  final_sale       boolean NOT NULL DEFAULT false,
  CONSTRAINT order_lines_quantity_positive CHECK (quantity > 0),
  CONSTRAINT order_lines_money_nonnegative
    CHECK (unit_price_cents >= 0 AND line_total_cents >= 0 AND vat_cents >= 0),
  CONSTRAINT order_lines_vat_rate CHECK (vat_rate_bp IN (2550, 1400, 1000, 0))
);
CREATE INDEX order_lines_order_id_idx ON order_lines (order_id);
CREATE INDEX order_lines_product_id_idx ON order_lines (product_id);
CREATE INDEX order_lines_variant_id_idx ON order_lines (variant_id);

CREATE TABLE order_events (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id   uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE ON UPDATE CASCADE,
  type       text NOT NULL,
  data       jsonb NOT NULL DEFAULT '{}',
  actor_id   uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX order_events_order_id_created_at_idx ON order_events (order_id, created_at);

CREATE TABLE reservations (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id   uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE ON UPDATE CASCADE,
  variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  store_id   uuid NOT NULL REFERENCES stores (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  quantity   integer NOT NULL,
  expires_at timestamptz(3) NOT NULL,
  status     "ReservationStatus" NOT NULL DEFAULT 'ACTIVE',
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT reservations_quantity_positive CHECK (quantity > 0)
);
CREATE INDEX reservations_order_id_idx ON reservations (order_id);
CREATE INDEX reservations_status_expires_at_idx ON reservations (status, expires_at);

CREATE TABLE payments (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id     uuid NOT NULL REFERENCES orders (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  provider     "PaymentProvider" NOT NULL,
  provider_ref text,
  amount_cents integer NOT NULL,
  currency     text NOT NULL DEFAULT 'EUR',
  status       "PaymentStatus" NOT NULL DEFAULT 'PENDING',
  created_at   timestamptz(3) NOT NULL DEFAULT now(),
  updated_at   timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT payments_amount_nonnegative CHECK (amount_cents >= 0)
);
CREATE UNIQUE INDEX payments_provider_ref_key ON payments (provider_ref);
CREATE INDEX payments_order_id_idx ON payments (order_id);

-- ---------------------------------------------------------------------------------------------
-- Stock
-- ---------------------------------------------------------------------------------------------
CREATE TABLE stock_levels (
  variant_id uuid NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE ON UPDATE CASCADE,
  store_id   uuid NOT NULL REFERENCES stores (id) ON DELETE CASCADE ON UPDATE CASCADE,
  on_hand    integer NOT NULL DEFAULT 0,
  reserved   integer NOT NULL DEFAULT 0,
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (variant_id, store_id),
  CONSTRAINT stock_levels_on_hand_nonnegative CHECK (on_hand >= 0),
  CONSTRAINT stock_levels_reserved_nonnegative CHECK (reserved >= 0),
  CONSTRAINT stock_levels_reserved_within_on_hand CHECK (reserved <= on_hand)
);
CREATE INDEX stock_levels_store_id_idx ON stock_levels (store_id);

CREATE TABLE stock_transfers (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  from_store_id uuid NOT NULL REFERENCES stores (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  to_store_id   uuid NOT NULL REFERENCES stores (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  status        "StockTransferStatus" NOT NULL DEFAULT 'REQUESTED',
  note          text,
  created_by_id uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  updated_at    timestamptz(3) NOT NULL DEFAULT now(),
  shipped_at    timestamptz(3),
  received_at   timestamptz(3),
  CONSTRAINT stock_transfers_different_stores CHECK (from_store_id <> to_store_id)
);
CREATE INDEX stock_transfers_from_store_id_status_idx ON stock_transfers (from_store_id, status);
CREATE INDEX stock_transfers_to_store_id_status_idx ON stock_transfers (to_store_id, status);

CREATE TABLE stock_transfer_lines (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  transfer_id uuid NOT NULL REFERENCES stock_transfers (id) ON DELETE CASCADE ON UPDATE CASCADE,
  variant_id  uuid NOT NULL REFERENCES product_variants (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  quantity    integer NOT NULL,
  CONSTRAINT stock_transfer_lines_quantity_positive CHECK (quantity > 0)
);
CREATE UNIQUE INDEX stock_transfer_lines_transfer_id_variant_id_key
  ON stock_transfer_lines (transfer_id, variant_id);

CREATE TABLE stock_movements (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  variant_id     uuid NOT NULL REFERENCES product_variants (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  store_id       uuid NOT NULL REFERENCES stores (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  type           "StockMovementType" NOT NULL,
  on_hand_delta  integer NOT NULL DEFAULT 0,
  reserved_delta integer NOT NULL DEFAULT 0,
  reason         text,
  order_id       uuid REFERENCES orders (id) ON DELETE SET NULL ON UPDATE CASCADE,
  transfer_id    uuid REFERENCES stock_transfers (id) ON DELETE SET NULL ON UPDATE CASCADE,
  actor_id       uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  created_at     timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX stock_movements_variant_id_store_id_created_at_idx
  ON stock_movements (variant_id, store_id, created_at);
CREATE INDEX stock_movements_store_id_created_at_idx ON stock_movements (store_id, created_at);
CREATE INDEX stock_movements_order_id_idx ON stock_movements (order_id);

-- ---------------------------------------------------------------------------------------------
-- Click & collect
-- ---------------------------------------------------------------------------------------------
CREATE TABLE pickups (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id          uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE ON UPDATE CASCADE,
  store_id          uuid NOT NULL REFERENCES stores (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  status            "PickupStatus" NOT NULL DEFAULT 'PENDING',
  code_hash         text,
  ready_at          timestamptz(3),
  deadline_at       timestamptz(3),
  picked_up_at      timestamptz(3),
  handed_over_by_id uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  failed_attempts   integer NOT NULL DEFAULT 0,
  locked_until      timestamptz(3),
  reminder_sent_at  timestamptz(3),
  cancelled_at      timestamptz(3),
  created_at        timestamptz(3) NOT NULL DEFAULT now(),
  updated_at        timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT pickups_failed_attempts_nonnegative CHECK (failed_attempts >= 0)
);
CREATE UNIQUE INDEX pickups_order_id_key ON pickups (order_id);
CREATE INDEX pickups_store_id_status_idx ON pickups (store_id, status);
CREATE INDEX pickups_status_deadline_at_idx ON pickups (status, deadline_at);

-- ---------------------------------------------------------------------------------------------
-- Returns and refunds
-- ---------------------------------------------------------------------------------------------
CREATE SEQUENCE returns_number_seq AS integer START WITH 5001;

CREATE TABLE returns (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number             integer NOT NULL DEFAULT nextval('returns_number_seq'),
  order_id           uuid NOT NULL REFERENCES orders (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  status             "ReturnStatus" NOT NULL DEFAULT 'REQUESTED',
  method             "ReturnMethod" NOT NULL DEFAULT 'STORE',
  store_id           uuid REFERENCES stores (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  reason             text,
  refund_total_cents integer NOT NULL DEFAULT 0,
  created_by_id      uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  received_by_id     uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  received_at        timestamptz(3),
  created_at         timestamptz(3) NOT NULL DEFAULT now(),
  updated_at         timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT returns_refund_total_nonnegative CHECK (refund_total_cents >= 0)
);
ALTER SEQUENCE returns_number_seq OWNED BY returns.number;
CREATE UNIQUE INDEX returns_number_key ON returns (number);
CREATE INDEX returns_order_id_idx ON returns (order_id);
CREATE INDEX returns_store_id_status_idx ON returns (store_id, status);

CREATE TABLE return_lines (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  return_id     uuid NOT NULL REFERENCES returns (id) ON DELETE CASCADE ON UPDATE CASCADE,
  order_line_id uuid NOT NULL REFERENCES order_lines (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  quantity      integer NOT NULL,
  condition     "ReturnCondition",
  restock       boolean NOT NULL DEFAULT false,
  CONSTRAINT return_lines_quantity_positive CHECK (quantity > 0)
);
CREATE UNIQUE INDEX return_lines_return_id_order_line_id_key ON return_lines (return_id, order_line_id);
CREATE INDEX return_lines_order_line_id_idx ON return_lines (order_line_id);

CREATE TABLE refunds (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  payment_id      uuid NOT NULL REFERENCES payments (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  order_id        uuid NOT NULL REFERENCES orders (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  return_id       uuid REFERENCES returns (id) ON DELETE SET NULL ON UPDATE CASCADE,
  amount_cents    integer NOT NULL,
  currency        text NOT NULL DEFAULT 'EUR',
  reason          text,
  status          "RefundStatus" NOT NULL DEFAULT 'PENDING',
  provider_ref    text,
  idempotency_key text NOT NULL,
  actor_id        uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  created_at      timestamptz(3) NOT NULL DEFAULT now(),
  updated_at      timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT refunds_amount_positive CHECK (amount_cents > 0)
);
CREATE UNIQUE INDEX refunds_provider_ref_key ON refunds (provider_ref);
CREATE UNIQUE INDEX refunds_idempotency_key_key ON refunds (idempotency_key);
CREATE INDEX refunds_order_id_idx ON refunds (order_id);
CREATE INDEX refunds_payment_id_idx ON refunds (payment_id);
CREATE INDEX refunds_return_id_idx ON refunds (return_id);

-- ---------------------------------------------------------------------------------------------
-- Content and events
-- ---------------------------------------------------------------------------------------------
CREATE TABLE events (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id   uuid NOT NULL REFERENCES stores (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  starts_at  timestamptz(3) NOT NULL,
  ends_at    timestamptz(3) NOT NULL,
  capacity   integer NOT NULL,
  status     "EventStatus" NOT NULL DEFAULT 'SCHEDULED',
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT events_capacity_positive CHECK (capacity > 0),
  CONSTRAINT events_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX events_store_id_starts_at_idx ON events (store_id, starts_at);
CREATE INDEX events_starts_at_idx ON events (starts_at);

CREATE TABLE contents (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  type                 "ContentType" NOT NULL,
  status               "ContentStatus" NOT NULL DEFAULT 'DRAFT',
  locale               "Locale" NOT NULL,
  translation_group_id uuid NOT NULL DEFAULT gen_random_uuid(),
  slug                 text NOT NULL,
  title                text NOT NULL,
  excerpt              text,
  body                 jsonb NOT NULL DEFAULT '[]',
  cover_image_url      text,
  cover_image_alt      text,
  event_id             uuid REFERENCES events (id) ON DELETE SET NULL ON UPDATE CASCADE,
  author_id            uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  scheduled_at         timestamptz(3),
  published_at         timestamptz(3),
  created_at           timestamptz(3) NOT NULL DEFAULT now(),
  updated_at           timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT contents_body_is_array CHECK (jsonb_typeof(body) = 'array'),
  CONSTRAINT contents_scheduled_has_time CHECK (status <> 'SCHEDULED' OR scheduled_at IS NOT NULL)
);
CREATE UNIQUE INDEX contents_locale_slug_key ON contents (locale, slug);
CREATE UNIQUE INDEX contents_translation_group_id_locale_key ON contents (translation_group_id, locale);
CREATE UNIQUE INDEX contents_event_id_locale_key ON contents (event_id, locale);
CREATE INDEX contents_type_status_published_at_idx ON contents (type, status, published_at);

CREATE TABLE content_tags (
  content_id uuid NOT NULL REFERENCES contents (id) ON DELETE CASCADE ON UPDATE CASCADE,
  tag_id     uuid NOT NULL REFERENCES tags (id) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (content_id, tag_id)
);
CREATE INDEX content_tags_tag_id_idx ON content_tags (tag_id);

CREATE TABLE content_slug_redirects (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  locale     "Locale" NOT NULL,
  old_slug   text NOT NULL,
  content_id uuid NOT NULL REFERENCES contents (id) ON DELETE CASCADE ON UPDATE CASCADE,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX content_slug_redirects_locale_old_slug_key ON content_slug_redirects (locale, old_slug);
CREATE INDEX content_slug_redirects_content_id_idx ON content_slug_redirects (content_id);

CREATE TABLE event_featured_products (
  event_id   uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE ON UPDATE CASCADE,
  product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE ON UPDATE CASCADE,
  position   integer NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, product_id)
);
CREATE INDEX event_featured_products_product_id_idx ON event_featured_products (product_id);

CREATE TABLE event_registrations (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id          uuid NOT NULL REFERENCES events (id) ON DELETE RESTRICT ON UPDATE CASCADE,
  user_id           uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  name              text NOT NULL,
  email             text NOT NULL,
  seats             integer NOT NULL DEFAULT 1,
  status            "RegistrationStatus" NOT NULL DEFAULT 'CONFIRMED',
  checked_in_at     timestamptz(3),
  cancel_token_hash text NOT NULL,
  cancelled_at      timestamptz(3),
  created_at        timestamptz(3) NOT NULL DEFAULT now(),
  updated_at        timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT event_registrations_email_lower CHECK (email = lower(email)),
  CONSTRAINT event_registrations_seats_positive CHECK (seats > 0)
);
CREATE UNIQUE INDEX event_registrations_cancel_token_hash_key ON event_registrations (cancel_token_hash);
-- One active registration per e-mail and event (e-mails are lower-case by the CHECK above).
-- Not in schema.prisma: Prisma cannot express a partial index.
CREATE UNIQUE INDEX event_registrations_event_id_email_active_key
  ON event_registrations (event_id, email) WHERE status <> 'CANCELLED';
CREATE INDEX event_registrations_event_id_status_created_at_idx
  ON event_registrations (event_id, status, created_at);
CREATE INDEX event_registrations_user_id_idx ON event_registrations (user_id);

-- ---------------------------------------------------------------------------------------------
-- Back office
-- ---------------------------------------------------------------------------------------------
CREATE TABLE audit_logs (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  actor_id    uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  action      text NOT NULL,
  entity_type text NOT NULL,
  entity_id   text,
  data        jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX audit_logs_entity_type_entity_id_idx ON audit_logs (entity_type, entity_id);
CREATE INDEX audit_logs_created_at_idx ON audit_logs (created_at);

CREATE TABLE processed_webhook_events (
  provider     text NOT NULL,
  event_id     text NOT NULL,
  type         text NOT NULL,
  processed_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (provider, event_id)
);

CREATE TABLE settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);
