-- Next.js's page and data cache when no REDIS_URL is set (lib/cache/postgres-cache-store.mjs):
-- every app process on every machine reads and writes the same entries, so a change made
-- through one is seen by all. A schema of its own: Prisma does not manage these tables.
CREATE SCHEMA next_cache;

CREATE TABLE next_cache.entries (
  key text PRIMARY KEY,
  -- The Next.js build the entry was rendered by: pages of an older build refer to its scripts.
  build_id text NOT NULL,
  value text NOT NULL,
  tags text[] NOT NULL DEFAULT '{}',
  -- When Next.js rendered it (ms since the epoch), compared with tag revalidation times.
  last_modified bigint NOT NULL,
  -- After this the entry is never served (null: kept until a tag or a new build replaces it).
  expires_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entries_tags_idx ON next_cache.entries USING gin (tags);
CREATE INDEX entries_expires_at_idx ON next_cache.entries (expires_at) WHERE expires_at IS NOT NULL;

-- revalidatePath() tags (Next's implicit _N_T_ tags are not stored on entries): when each was
-- last revalidated, ms since the epoch.
CREATE TABLE next_cache.revalidated_tags (
  tag text PRIMARY KEY,
  revalidated_at bigint NOT NULL
);
