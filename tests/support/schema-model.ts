// A database's shape (tables, columns, keys, indexes, foreign keys, enums) in one plain form, built
// either from schema.prisma's data model or from a live database (database-model.ts), so that the
// two can be compared line by line by `diffShapes`.
import type { Datamodel, DmmfField, DmmfModel } from './prisma-dmmf';

export type ColumnShape = { type: string; nullable: boolean; hasDefault: boolean };
export type TableShape = {
  columns: Record<string, ColumnShape>;
  /** e.g. "PRIMARY KEY (id)", "UNIQUE (cart_id, variant_id)", "INDEX (store_id)" */
  indexes: string[];
  /** e.g. "(order_id) REFERENCES orders (id) ON DELETE CASCADE" */
  foreignKeys: string[];
};
export type DatabaseShape = { tables: Record<string, TableShape>; enums: Record<string, string[]> };

// Prisma's scalar types without @db.*, as Prisma's migrations create them (PostgreSQL type names).
const DEFAULT_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'int4',
  BigInt: 'int8',
  Float: 'float8',
  Decimal: 'numeric(65,30)',
  Boolean: 'bool',
  DateTime: 'timestamp(3)',
  Json: 'jsonb',
  Bytes: 'bytea',
};

// @db.* native types by their PostgreSQL type names.
const NATIVE_TYPES: Record<string, string> = {
  Text: 'text', VarChar: 'varchar', Char: 'bpchar', Uuid: 'uuid', Citext: 'citext', Inet: 'inet', Xml: 'xml',
  SmallInt: 'int2', Integer: 'int4', BigInt: 'int8', Oid: 'oid',
  Real: 'float4', DoublePrecision: 'float8', Decimal: 'numeric', Money: 'money',
  Boolean: 'bool', Bit: 'bit', VarBit: 'varbit', ByteA: 'bytea', Json: 'json', JsonB: 'jsonb',
  Timestamp: 'timestamp', Timestamptz: 'timestamptz', Date: 'date', Time: 'time', Timetz: 'timetz',
};

// Defaults computed by Prisma Client, not by the database.
const CLIENT_DEFAULTS = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);

const ON_DELETE: Record<string, string> = {
  Cascade: 'CASCADE', Restrict: 'RESTRICT', NoAction: 'NO ACTION', SetNull: 'SET NULL', SetDefault: 'SET DEFAULT',
};

export function shapeFromDatamodel(datamodel: Datamodel): DatabaseShape {
  const enumNames = new Map(datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const tableName = (model: DmmfModel) => model.dbName ?? model.name;
  const columnName = (model: DmmfModel, field: string) => {
    const found = model.fields.find((f) => f.name === field);
    return found?.dbName ?? field;
  };

  const tables: Record<string, TableShape> = {};
  for (const model of datamodel.models) {
    const columns: Record<string, ColumnShape> = {};
    const foreignKeys: string[] = [];
    for (const field of model.fields) {
      if (field.kind === 'scalar' || field.kind === 'enum' || field.kind === 'unsupported') {
        columns[field.dbName ?? field.name] = {
          type: columnType(field, enumNames),
          nullable: !field.isRequired,
          hasDefault: field.hasDefaultValue && !isClientDefault(field),
        };
      } else if (field.kind === 'object' && field.relationFromFields?.length) {
        const target = models.get(field.type)!;
        const from = field.relationFromFields.map((f) => columnName(model, f));
        const to = (field.relationToFields ?? []).map((f) => columnName(target, f));
        const required = field.relationFromFields.every((f) => model.fields.find((x) => x.name === f)?.isRequired);
        const onDelete = field.relationOnDelete ?? (required ? 'Restrict' : 'SetNull');
        foreignKeys.push(`(${from.join(', ')}) REFERENCES ${tableName(target)} (${to.join(', ')}) ON DELETE ${ON_DELETE[onDelete]}`);
      }
    }
    tables[tableName(model)] = { columns, indexes: [], foreignKeys: foreignKeys.sort() };
  }

  const INDEX_KIND = { id: 'PRIMARY KEY', unique: 'UNIQUE', normal: 'INDEX', fulltext: 'FULLTEXT INDEX' } as const;
  for (const index of datamodel.indexes) {
    const model = models.get(index.model)!;
    const columns = index.fields.map((f) => columnName(model, f.name));
    tables[tableName(model)].indexes.push(`${INDEX_KIND[index.type]} (${columns.join(', ')})`);
  }
  for (const table of Object.values(tables)) table.indexes.sort();

  const enums: Record<string, string[]> = {};
  for (const e of datamodel.enums) enums[e.dbName ?? e.name] = e.values.map((v) => v.dbName ?? v.name).sort();
  return { tables, enums };
}

function columnType(field: DmmfField, enumNames: Map<string, string>): string {
  let type: string;
  if (field.kind === 'enum') {
    type = enumNames.get(field.type) ?? field.type;
  } else if (field.kind === 'unsupported') {
    type = field.type; // Unsupported("tsvector") names the PostgreSQL type itself
  } else if (field.nativeType) {
    const [name, args] = field.nativeType;
    type = (NATIVE_TYPES[name] ?? name.toLowerCase()) + (args.length ? `(${args.join(',')})` : '');
  } else {
    type = DEFAULT_TYPES[field.type] ?? field.type;
  }
  return field.isList ? `${type}[]` : type;
}

function isClientDefault(field: DmmfField): boolean {
  const name = (field.default as { name?: string } | undefined)?.name;
  return name !== undefined && CLIENT_DEFAULTS.has(name);
}

/** Every way the two shapes disagree, one readable line each; empty when they match. */
export function diffShapes(schema: DatabaseShape, database: DatabaseShape): string[] {
  const differences: string[] = [];
  const missing = (what: string) => differences.push(`${what} is in schema.prisma but not in the database`);
  const extra = (what: string) => differences.push(`${what} is in the database but not in schema.prisma`);

  for (const [name, table] of Object.entries(schema.tables)) {
    const actual = database.tables[name];
    if (!actual) {
      missing(`table ${name}`);
      continue;
    }
    for (const [column, expected] of Object.entries(table.columns)) {
      const found = actual.columns[column];
      if (!found) missing(`column ${name}.${column}`);
      else differences.push(...diffColumn(`${name}.${column}`, expected, found));
    }
    for (const column of Object.keys(actual.columns)) {
      if (!(column in table.columns)) extra(`column ${name}.${column}`);
    }
    diffLists(table.indexes, actual.indexes, (i) => missing(`${name}: ${i}`), (i) => extra(`${name}: ${i}`));
    diffLists(table.foreignKeys, actual.foreignKeys, (k) => missing(`${name}: foreign key ${k}`), (k) => extra(`${name}: foreign key ${k}`));
  }
  for (const name of Object.keys(database.tables)) {
    if (!(name in schema.tables)) extra(`table ${name}`);
  }

  for (const [name, values] of Object.entries(schema.enums)) {
    const actual = database.enums[name];
    if (!actual) missing(`enum ${name}`);
    else diffLists(values, actual, (v) => missing(`enum value ${name}.${v}`), (v) => extra(`enum value ${name}.${v}`));
  }
  for (const name of Object.keys(database.enums)) {
    if (!(name in schema.enums)) extra(`enum ${name}`);
  }
  return differences;
}

function diffColumn(where: string, schema: ColumnShape, database: ColumnShape): string[] {
  const differences: string[] = [];
  if (schema.type !== database.type) {
    differences.push(`${where}: type is ${schema.type} in schema.prisma but ${database.type} in the database`);
  }
  if (schema.nullable !== database.nullable) {
    const says = (nullable: boolean) => (nullable ? 'nullable' : 'NOT NULL');
    differences.push(`${where}: ${says(schema.nullable)} in schema.prisma but ${says(database.nullable)} in the database`);
  }
  if (schema.hasDefault !== database.hasDefault) {
    const says = (has: boolean) => (has ? 'has a default' : 'has no default');
    differences.push(`${where}: ${says(schema.hasDefault)} in schema.prisma but ${says(database.hasDefault)} in the database`);
  }
  return differences;
}

function diffLists(schema: string[], database: string[], onMissing: (item: string) => void, onExtra: (item: string) => void) {
  for (const item of schema) if (!database.includes(item)) onMissing(item);
  for (const item of database) if (!schema.includes(item)) onExtra(item);
}
