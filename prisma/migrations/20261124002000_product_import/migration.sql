-- Back office: product and stock imports (Shopify product CSV, stock per store CSV).
-- One row per uploaded file: the dry run's result, then the import's progress and result.
-- The decoded file is kept until the import has run (the owner confirms after the dry run),
-- then emptied. No foreign keys: a run is a log entry and must never block removing a user.

CREATE TYPE "ImportKind" AS ENUM ('PRODUCTS', 'STOCK');
CREATE TYPE "ImportRunStatus" AS ENUM ('DRY_RUN', 'RUNNING', 'DONE', 'FAILED');

CREATE TABLE import_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind "ImportKind" NOT NULL,
  status "ImportRunStatus" NOT NULL DEFAULT 'DRY_RUN',
  file_name text NOT NULL,
  file_text text NOT NULL DEFAULT '',
  encoding text NOT NULL DEFAULT 'utf-8',
  store_id uuid,
  actor_id uuid,
  valid_only boolean NOT NULL DEFAULT false,
  total_rows integer NOT NULL DEFAULT 0,
  processed_rows integer NOT NULL DEFAULT 0,
  error_count integer NOT NULL DEFAULT 0,
  dry_run jsonb NOT NULL DEFAULT '{}',
  result jsonb,
  errors jsonb NOT NULL DEFAULT '[]',
  failure text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  started_at timestamptz(3),
  finished_at timestamptz(3),
  CONSTRAINT import_runs_progress CHECK (processed_rows >= 0 AND processed_rows <= total_rows)
);
CREATE INDEX import_runs_created_at_idx ON import_runs (created_at);
