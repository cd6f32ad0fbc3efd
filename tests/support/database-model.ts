// Reads the shape of a live database's `public` schema from pg_catalog, in the form of
// schema-model.ts. Partial and expression indexes are left out: schema.prisma cannot describe
// them, so they live in the SQL migrations only. The migrations table is not part of the model.
import pg from 'pg';
import type { DatabaseShape, TableShape } from './schema-model';

const IGNORED_TABLES = new Set(['_migrations']);

const ON_DELETE: Record<string, string> = {
  a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT',
};

export async function readDatabaseShape(url: string): Promise<DatabaseShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables: Record<string, TableShape> = {};
    const table = (name: string) => (tables[name] ??= { columns: {}, indexes: [], foreignKeys: [] });

    const columns = await client.query<{
      table: string; column: string; type: string; typmod: number; not_null: boolean; has_default: boolean;
    }>(`
      SELECT c.relname AS table, a.attname AS column, t.typname AS type, a.atttypmod AS typmod,
             a.attnotnull AS not_null, (a.atthasdef OR a.attidentity <> '') AS has_default
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_type t ON t.oid = a.atttypid
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`);
    for (const row of columns.rows) {
      if (IGNORED_TABLES.has(row.table)) continue;
      table(row.table).columns[row.column] = {
        type: typeName(row.type, row.typmod),
        nullable: !row.not_null,
        hasDefault: row.has_default,
      };
    }

    const indexes = await client.query<{ table: string; primary: boolean; unique: boolean; columns: string[] }>(`
      SELECT c.relname AS table, i.indisprimary AS primary, i.indisunique AS unique,
             array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                    ORDER BY k.n)::text[] AS columns
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND i.indpred IS NULL AND i.indexprs IS NULL`);
    for (const row of indexes.rows) {
      if (IGNORED_TABLES.has(row.table)) continue;
      const kind = row.primary ? 'PRIMARY KEY' : row.unique ? 'UNIQUE' : 'INDEX';
      table(row.table).indexes.push(`${kind} (${row.columns.join(', ')})`);
    }

    const foreignKeys = await client.query<{ table: string; target: string; from: string[]; to: string[]; on_delete: string }>(`
      SELECT c.relname AS table, t.relname AS target, k.confdeltype AS on_delete,
             array(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY x(attnum, n)
                     JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum ORDER BY x.n)::text[] AS from,
             array(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY x(attnum, n)
                     JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.attnum ORDER BY x.n)::text[] AS to
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_class t ON t.oid = k.confrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND k.contype = 'f'`);
    for (const row of foreignKeys.rows) {
      table(row.table).foreignKeys.push(
        `(${row.from.join(', ')}) REFERENCES ${row.target} (${row.to.join(', ')}) ON DELETE ${ON_DELETE[row.on_delete]}`,
      );
    }
    for (const shape of Object.values(tables)) {
      shape.indexes.sort();
      shape.foreignKeys.sort();
    }

    const enumRows = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumlabel)::text[] AS values
        FROM pg_type t
        JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public'
       GROUP BY t.typname`);
    const enums = Object.fromEntries(enumRows.rows.map((row) => [row.name, [...row.values].sort()]));
    return { tables, enums };
  } finally {
    await client.end();
  }
}

// "timestamptz" + typmod 3 -> "timestamptz(3)"; "_text" -> "text[]"; "varchar" + typmod 14 -> "varchar(10)".
function typeName(type: string, typmod: number): string {
  if (type.startsWith('_')) return `${typeName(type.slice(1), typmod)}[]`;
  if (typmod < 0) return type;
  if (['timestamp', 'timestamptz', 'time', 'timetz', 'bit', 'varbit'].includes(type)) return `${type}(${typmod})`;
  if (['varchar', 'bpchar'].includes(type)) return `${type}(${typmod - 4})`;
  if (type === 'numeric') return `numeric(${((typmod - 4) >> 16) & 0xffff},${(typmod - 4) & 0xffff})`;
  return type;
}
