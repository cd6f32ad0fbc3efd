// The "return items" form's field names: one quantity field per order line, `quantity-<orderLineId>`.
// No zod here: the browser's form imports the prefix.

export const QUANTITY_FIELD_PREFIX = 'quantity-';

/** The form's flat fields -> the schema's shape (the quantity fields gathered under `quantities`). */
export function requestReturnFields(fields: Record<string, string>): Record<string, unknown> {
  const quantities: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key.startsWith(QUANTITY_FIELD_PREFIX)) quantities[key.slice(QUANTITY_FIELD_PREFIX.length)] = value;
    else rest[key] = value;
  }
  return { ...rest, quantities };
}

/** A zod issue's path -> the form field it belongs to (`quantity-<id>` for a line's quantity). */
export function requestReturnField(path: readonly PropertyKey[]): string {
  if (path[0] === 'quantities' && path.length > 1) return `${QUANTITY_FIELD_PREFIX}${String(path[1])}`;
  return String(path[0] ?? 'form');
}
