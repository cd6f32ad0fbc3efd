-- Back office product list and stock screens: search by SKU (any part) and EAN, sort by name and
-- by last change, and find the transfers of a product's variants, fast with 10,000 products.

CREATE INDEX product_variants_sku_trgm_idx ON product_variants USING gin (sku gin_trgm_ops);
CREATE INDEX product_variants_ean_idx ON product_variants (ean);
CREATE INDEX products_updated_at_idx ON products (updated_at);
CREATE INDEX products_name_fi_idx ON products (name_fi);
CREATE INDEX products_name_en_idx ON products (name_en);
CREATE INDEX stock_transfer_lines_variant_id_idx ON stock_transfer_lines (variant_id);
