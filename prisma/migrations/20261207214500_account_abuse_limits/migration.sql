-- Accounts that an attacker can neither lock out nor enumerate (issue 14, items 5, 8 and 9).

-- A password change or reset raises the account's session version; a session (JWT) carries the
-- version it was signed in with and counts only while the two agree, so the change ends every
-- other session at once.
ALTER TABLE users ADD COLUMN session_version integer NOT NULL DEFAULT 0;

-- Sign-in attempts that did not succeed, counted per account for clients without a device
-- cookie, per device cookie for clients with one (device: the cookie's nonce), and per network
-- (an IPv4 address, or an IPv6 /64). An attempt is written before the password is checked and
-- removed again when it succeeds or is refused, so concurrent guesses count too.
ALTER TABLE sign_in_failures RENAME COLUMN ip TO network;
ALTER INDEX sign_in_failures_ip_created_at_idx RENAME TO sign_in_failures_network_created_at_idx;
ALTER TABLE sign_in_failures ADD COLUMN device text;
CREATE INDEX sign_in_failures_device_created_at_idx ON sign_in_failures (device, created_at) WHERE device IS NOT NULL;
CREATE INDEX sign_in_failures_created_at_idx ON sign_in_failures (created_at);

-- E-mails that anyone can make the shop send to an address (sign-in links, password resets,
-- sign-up confirmations and notices), counted per address and per network so that the shop
-- cannot be used to flood a mailbox.
CREATE TABLE auth_email_requests (
  id         bigserial PRIMARY KEY,
  kind       text NOT NULL,
  email      text NOT NULL,
  network    text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX auth_email_requests_email_created_at_idx ON auth_email_requests (email, created_at);
CREATE INDEX auth_email_requests_network_created_at_idx ON auth_email_requests (network, created_at);
CREATE INDEX auth_email_requests_created_at_idx ON auth_email_requests (created_at);

-- A sign-up waiting for its e-mail address to be confirmed: the account is created only when the
-- link sent to the address is opened and the password chosen at sign-up is given again. Only the
-- link token's SHA-256 is kept.
CREATE TABLE sign_up_requests (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL,
  name          text NOT NULL,
  locale        "Locale" NOT NULL DEFAULT 'fi',
  password_hash text NOT NULL,
  token_hash    text NOT NULL,
  expires_at    timestamptz(3) NOT NULL,
  used_at       timestamptz(3),
  created_at    timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX sign_up_requests_token_hash_key ON sign_up_requests (token_hash);
CREATE INDEX sign_up_requests_email_idx ON sign_up_requests (email);
CREATE INDEX sign_up_requests_expires_at_idx ON sign_up_requests (expires_at);

-- Expired e-mail sign-in tokens are removed as new ones are made.
CREATE INDEX verification_tokens_expires_idx ON verification_tokens (expires);
