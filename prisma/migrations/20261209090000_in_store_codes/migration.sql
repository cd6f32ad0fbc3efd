-- The shop's own EAN-13s for variants without a barcode (issue 15): "200" + a nine-digit serial +
-- the GS1 check digit. The serials come from this sequence, so concurrent saves and imports never
-- draw the same one (lib/catalog/allocate-in-store-codes.ts).
CREATE SEQUENCE "in_store_code_seq" AS BIGINT MINVALUE 1 MAXVALUE 999999999 NO CYCLE;

-- Serials already in use (the demo seed numbers its goods the same way) are not drawn again.
SELECT setval('in_store_code_seq', max(substr("ean", 4, 9)::bigint))
  FROM "product_variants"
  WHERE "ean" ~ '^200[0-9]{10}$'
  HAVING max(substr("ean", 4, 9)::bigint) >= 1;

-- Variants that have no barcode yet get one now, so every variant can have a shelf label.
WITH "numbered" AS (
  SELECT "missing"."id", '200' || lpad(nextval('in_store_code_seq')::text, 9, '0') AS "body"
  FROM (
    SELECT v."id" FROM "product_variants" v JOIN "products" p ON p."id" = v."product_id"
    WHERE v."ean" IS NULL
    ORDER BY p."created_at", p."id", v."position", v."id"
  ) AS "missing"
)
UPDATE "product_variants" pv
SET "ean" = n."body" || ((10 - (
      SELECT sum(substr(n."body", i, 1)::int * CASE WHEN i % 2 = 0 THEN 3 ELSE 1 END) FROM generate_series(1, 12) AS i
    ) % 10) % 10)::text
FROM "numbered" n
WHERE pv."id" = n."id";
