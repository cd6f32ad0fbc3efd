import 'server-only';
import type { Tx } from '@/lib/inventory/tx';

/** A column of a bulk insert: its name and PostgreSQL type (e.g. ['sku', 'text'], ['status', '"ProductStatus"']). */
export type BulkColumn = readonly [name: string, type: string];

/**
 * Inserts many rows in one statement (`INSERT ... SELECT * FROM unnest($1::type[], ...)`): one
 * array parameter per column, so 10,000 rows cost one round trip and no per-row query building
 * (Prisma's createMany spends about a millisecond per row). Table and column names are
 * constants of the calling code, never input; all values are bound parameters.
 */
export async function bulkInsert<R = never>(tx: Tx, table: string, columns: readonly BulkColumn[], rows: readonly unknown[][], returning?: string): Promise<R[]> {
  if (rows.length === 0) return [];
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const sql = `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})${returning ? ` RETURNING ${returning}` : ''}`;
  const params = columns.map((_, i) => rows.map((row) => row[i]));
  if (returning) return tx.$queryRawUnsafe<R[]>(sql, ...params);
  await tx.$executeRawUnsafe(sql, ...params);
  return [];
}
