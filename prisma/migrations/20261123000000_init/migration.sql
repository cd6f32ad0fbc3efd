-- Digijalka: people, sign-in, e-mail outbox and stores.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TYPE "Role" AS ENUM ('CUSTOMER', 'STAFF', 'OWNER');
CREATE TYPE "Locale" AS ENUM ('fi', 'en');
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'STORED', 'FAILED');

CREATE TABLE users (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email          text NOT NULL,
  name           text,
  password_hash  text,
  role           "Role" NOT NULL DEFAULT 'CUSTOMER',
  locale         "Locale" NOT NULL DEFAULT 'fi',
  email_verified timestamptz(3),
  active         boolean NOT NULL DEFAULT true,
  phone          text,
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  updated_at     timestamptz(3) NOT NULL DEFAULT now(),
  -- e-mail addresses are stored lower-case so that uniqueness is case-insensitive
  CONSTRAINT users_email_lower CHECK (email = lower(email))
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE stores (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug       text NOT NULL,
  name       text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX stores_slug_key ON stores (slug);

CREATE TABLE staff_assignments (
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  store_id   uuid NOT NULL REFERENCES stores (id) ON DELETE CASCADE ON UPDATE CASCADE,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, store_id)
);
CREATE INDEX staff_assignments_store_id_idx ON staff_assignments (store_id);

CREATE TABLE verification_tokens (
  identifier text NOT NULL,
  token      text NOT NULL,
  expires    timestamptz(3) NOT NULL,
  PRIMARY KEY (identifier, token)
);
CREATE UNIQUE INDEX verification_tokens_token_key ON verification_tokens (token);

CREATE TABLE password_reset_tokens (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  token_hash text NOT NULL,
  expires_at timestamptz(3) NOT NULL,
  used_at    timestamptz(3),
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX password_reset_tokens_token_hash_key ON password_reset_tokens (token_hash);
CREATE INDEX password_reset_tokens_user_id_idx ON password_reset_tokens (user_id);

CREATE TABLE email_change_requests (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  new_email    text NOT NULL,
  token_hash   text NOT NULL,
  expires_at   timestamptz(3) NOT NULL,
  confirmed_at timestamptz(3),
  created_at   timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX email_change_requests_token_hash_key ON email_change_requests (token_hash);
CREATE INDEX email_change_requests_user_id_idx ON email_change_requests (user_id);

CREATE TABLE sign_in_failures (
  id         bigserial PRIMARY KEY,
  email      text NOT NULL,
  ip         text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_email_created_at_idx ON sign_in_failures (email, created_at);
CREATE INDEX sign_in_failures_ip_created_at_idx ON sign_in_failures (ip, created_at);

CREATE TABLE outbox_messages (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind       text NOT NULL,
  to_email   text NOT NULL,
  subject    text NOT NULL,
  text       text NOT NULL,
  html       text,
  status     "OutboxStatus" NOT NULL DEFAULT 'PENDING',
  attempts   integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  sent_at    timestamptz(3)
);
CREATE INDEX outbox_messages_status_created_at_idx ON outbox_messages (status, created_at);
