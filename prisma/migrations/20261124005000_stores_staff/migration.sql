-- Back office: stores and staff. The owner invites a staff member by e-mail; the link carries a
-- random token of which only the SHA-256 is stored. It works once, for 7 days; a newer invitation
-- to the same person revokes the older ones.

CREATE TABLE staff_invitations (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id       uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  invited_by_id uuid REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  token_hash    text NOT NULL,
  expires_at    timestamptz(3) NOT NULL,
  accepted_at   timestamptz(3),
  revoked_at    timestamptz(3),
  created_at    timestamptz(3) NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_invitations_token_hash_key ON staff_invitations (token_hash);
CREATE INDEX staff_invitations_user_id_created_at_idx ON staff_invitations (user_id, created_at);

-- The settings page shows when Stripe's webhook was last heard from: the newest row per provider.
CREATE INDEX processed_webhook_events_provider_processed_at_idx ON processed_webhook_events (provider, processed_at);
