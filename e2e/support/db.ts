// The browser tests' database (started by scripts/e2e-server.ts), for picking test data and
// checking what the shop recorded. Tests never change data here: they act through the browser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const { databaseUrl } = JSON.parse(readFileSync(path.resolve('.data/e2e-state.json'), 'utf8'));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A product with two variants that the store has on its shelf (at least `units` of each). */
export async function productWithTwoVariantsAt(storeSlug: string, units = 2) {
  const rows = await query<{ slug: string; name_fi: string; variants: string[] }>(
    `SELECT p.slug, p.name_fi, array_agg(coalesce(v.colour, v.size) ORDER BY v.position) AS variants
     FROM products p
     JOIN product_variants v ON v.product_id = p.id AND v.active
     JOIN stock_levels l ON l.variant_id = v.id
     JOIN stores s ON s.id = l.store_id AND s.slug = $1
     WHERE p.status = 'ACTIVE' AND NOT p.final_sale AND l.on_hand - l.reserved >= $2
       AND (v.size IS NULL OR v.colour IS NULL)
     GROUP BY p.id HAVING count(*) >= 2 ORDER BY p.slug LIMIT 1`,
    [storeSlug, units],
  );
  if (!rows[0]) throw new Error(`No product with two variants in stock at ${storeSlug}`);
  return rows[0];
}

/** A single-variant product the web warehouse has, for home delivery. */
export async function productInWarehouse(units = 2) {
  const rows = await query<{ slug: string; name_fi: string }>(
    `SELECT p.slug, p.name_fi FROM products p
     JOIN product_variants v ON v.product_id = p.id
     JOIN stock_levels l ON l.variant_id = v.id
     JOIN stores s ON s.id = l.store_id AND s.kind = 'WAREHOUSE'
     WHERE p.status = 'ACTIVE' AND l.on_hand - l.reserved >= $1
       AND (SELECT count(*) FROM product_variants w WHERE w.product_id = p.id) = 1
     ORDER BY p.slug LIMIT 1`,
    [units],
  );
  if (!rows[0]) throw new Error('No product in the warehouse');
  return rows[0];
}
