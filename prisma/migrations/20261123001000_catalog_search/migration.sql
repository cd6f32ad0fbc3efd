-- Catalog search: PostgreSQL full-text search in Finnish and English, and trigram matching of
-- product names so that small typos still find things ("kahvii" -> kahvi, "mugg" -> mug).

-- pg_trgm is a trusted extension: a database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One search document per language, kept up to date by PostgreSQL itself. Weights rank a match
-- in the name (A) above one in the vendor (B) and one in the description (C).
ALTER TABLE products
  ADD COLUMN search_fi tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('finnish', name_fi), 'A') ||
    setweight(to_tsvector('finnish', coalesce(vendor, '')), 'B') ||
    setweight(to_tsvector('finnish', description_fi), 'C')
  ) STORED,
  ADD COLUMN search_en tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', name_en), 'A') ||
    setweight(to_tsvector('english', coalesce(vendor, '')), 'B') ||
    setweight(to_tsvector('english', description_en), 'C')
  ) STORED;

CREATE INDEX products_search_fi_idx ON products USING gin (search_fi);
CREATE INDEX products_search_en_idx ON products USING gin (search_en);
CREATE INDEX products_name_fi_trgm_idx ON products USING gin (name_fi gin_trgm_ops);
CREATE INDEX products_name_en_trgm_idx ON products USING gin (name_en gin_trgm_ops);

-- The newest products first (home page, category pages sorted by newest).
CREATE INDEX products_status_created_at_idx ON products (status, created_at);
