// Reads schema.prisma the way Prisma does, offline: the Prisma CLI ships its schema parser as
// WebAssembly (prisma_schema_build_bg.wasm, the engine of `prisma validate` and `prisma generate`),
// and its get_dmmf function returns the data model (DMMF). The CLI bundles the JavaScript glue,
// so the few lines of it that get_dmmf needs are repeated here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};

export type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
export type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName: string | null }[] };
export type DmmfIndex = { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; fields: { name: string }[] };
export type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

type SchemaWasm = WebAssembly.Exports & {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_start: () => void;
  __wbindgen_malloc: (size: number, align: number) => number;
  __wbindgen_free: (pointer: number, size: number, align: number) => void;
  __externref_table_dealloc: (index: number) => void;
  get_dmmf: (pointer: number, length: number) => [number, number, number, number];
};

let wasm: SchemaWasm | undefined;

function readString(pointer: number, length: number): string {
  return new TextDecoder().decode(new Uint8Array(wasm!.memory.buffer, pointer >>> 0, length));
}

function loadWasm(): SchemaWasm {
  if (wasm) return wasm;
  const cli = createRequire(import.meta.url).resolve('prisma/package.json');
  const wasmModule = new WebAssembly.Module(readFileSync(path.join(path.dirname(cli), 'build/prisma_schema_build_bg.wasm')));
  // The imports' names end in a hash that changes between Prisma versions: match their prefixes.
  const imports: Record<string, Record<string, (...args: number[]) => unknown>> = {};
  for (const { module: namespace, name } of WebAssembly.Module.imports(wasmModule)) {
    let implementation: (...args: number[]) => unknown;
    if (name.startsWith('__wbg_Error_')) implementation = (p, l) => new Error(readString(p, l));
    else if (name.includes('wbindgen_throw')) implementation = (p, l) => { throw new Error(readString(p, l)); };
    else if (name.startsWith('__wbg_set_message_')) implementation = () => {}; // panic message; the error follows
    else if (name === '__wbindgen_init_externref_table') implementation = initExternrefTable;
    else throw new Error(`prisma-dmmf: the schema wasm of this Prisma version needs an unknown import ${name}`);
    (imports[namespace] ??= {})[name] = implementation;
  }
  wasm = new WebAssembly.Instance(wasmModule, imports).exports as SchemaWasm;
  wasm.__wbindgen_start();
  return wasm;
}

function initExternrefTable() {
  const table = wasm!.__wbindgen_externrefs;
  const base = table.grow(4);
  table.set(0, undefined);
  [undefined, null, true, false].forEach((value, i) => table.set(base + i, value));
}

/** The DMMF data model of a schema (the text of a .prisma file). Throws on an invalid schema. */
export function getDatamodel(schema: string): Datamodel {
  const exports = loadWasm();
  const input = new TextEncoder().encode(JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColor: true }));
  const pointer = exports.__wbindgen_malloc(input.length, 1) >>> 0;
  new Uint8Array(exports.memory.buffer, pointer, input.length).set(input);
  const [outPointer, outLength, errorRef, failed] = exports.get_dmmf(pointer, input.length);
  if (failed) {
    const error = exports.__wbindgen_externrefs.get(errorRef) as Error;
    exports.__externref_table_dealloc(errorRef);
    throw new Error(`schema.prisma is not valid: ${error.message}`);
  }
  try {
    const datamodel = (JSON.parse(readString(outPointer, outLength)) as { datamodel: Datamodel }).datamodel;
    return withUnsupportedFields(datamodel, schema);
  } finally {
    exports.__wbindgen_free(outPointer, outLength, 1);
  }
}

// The DMMF leaves out `Unsupported("…")` fields (e.g. a generated tsvector column), though the
// table has them: they are read from the schema text, one field per line.
function withUnsupportedFields(datamodel: Datamodel, schema: string): Datamodel {
  for (const [, modelName, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const model = datamodel.models.find((m) => m.name === modelName);
    if (!model) continue;
    for (const [, name, type, optional, attributes] of body.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)) {
      model.fields.push({
        name,
        dbName: /@map\("([^"]+)"\)/.exec(attributes)?.[1] ?? null,
        kind: 'unsupported',
        type,
        isList: false,
        isRequired: !optional,
        hasDefaultValue: attributes.includes('@default('),
      });
    }
  }
  return datamodel;
}
