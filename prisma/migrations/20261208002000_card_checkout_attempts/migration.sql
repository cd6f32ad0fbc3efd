-- Card checkouts are counted too (per device and network), but not per e-mail address.
ALTER TABLE checkout_attempts ADD COLUMN card boolean NOT NULL DEFAULT false;
