/**
 * A form's string fields as nested data, for zod: "variants.0.sku" -> { variants: [{ sku }] }.
 * Numeric path parts make arrays (holes are dropped, so removed rows leave no gap). Files and
 * repeated keys after the first are ignored.
 */
export function nestFields(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of formData) {
    if (typeof value !== 'string') continue;
    setPath(root, key.split('.'), value);
  }
  return compactArrays(root) as Record<string, unknown>;
}

const MAX_INDEX = 200;

const FORBIDDEN = new Set(['', '__proto__', 'constructor', 'prototype']);

function setPath(target: Record<string, unknown>, parts: string[], value: string) {
  if (parts.some((part) => FORBIDDEN.has(part) || (/^\d+$/.test(part) && Number(part) > MAX_INDEX))) return;
  let node: Record<string, unknown> = target;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    if (last) {
      if (!(part in node)) node[part] = value;
      return;
    }
    const next = node[part];
    if (typeof next === 'string') return;
    if (next === undefined) {
      const child: Record<string, unknown> = {};
      node[part] = child;
      node = child;
    } else {
      node = next as Record<string, unknown>;
    }
  }
}

// Objects whose keys are all indexes become arrays, in index order.
function compactArrays(node: unknown): unknown {
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, compactArrays(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}
