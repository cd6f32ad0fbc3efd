-- Uploaded pictures (product and content editors) live in the database, so every app instance on
-- every machine serves the same /uploads/<name> (issue 13, item 4). Names are random uuids with
-- the extension of the file's real format, and never reused. Files that older installs kept
-- under DATA_DIR/uploads are still served from there, and copied in here when first served.
CREATE TABLE uploads (
  name text PRIMARY KEY
    CHECK (name ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|webp)$'),
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
  bytes bytea NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 5242880),
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
