// Whole numbers from the address: a path segment (/order/10042) or a query parameter (?page=3).
// Every number read from a URL goes through here, so that none beyond what its column holds
// reaches PostgreSQL (an order number of 9999999999 did not fit in an integer and answered 500).

/** The largest value of a PostgreSQL `integer` column (Prisma's Int). */
export const INT4_MAX = 2_147_483_647;

type ParamValue = string | string[] | null | undefined;

/** The first value of a query parameter that may be repeated (?page=2&page=3). */
export function firstParam(value: ParamValue): string | undefined {
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

/**
 * A whole number in plain digits (no sign, spaces, decimals or exponent) from `min` to `max`
 * (1 to INT4_MAX unless told); null for anything else, however long.
 */
export function readIntParam(value: ParamValue, { min = 1, max = INT4_MAX }: { min?: number; max?: number } = {}): number | null {
  const text = firstParam(value);
  if (!text || !/^\d{1,10}$/.test(text)) return null;
  const number = Number(text);
  return number >= min && number <= max ? number : null;
}
