/** "-10", "−7,5", "+5 %" -> basis points of a percentage (-1000, -750, 500); null when not one. */
export function parsePercentBp(input: string): number | null {
  const text = input.replace(/[\s\u00a0%]/g, '').replace('\u2212', '-').replace(',', '.');
  const match = /^([+-])?(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const bp = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' ? -bp : bp;
}

/**
 * A price changed by a percentage (in basis points), rounded half up to the whole cent, never
 * below zero: 1290 at -10 % -> 1161; 999 at -15 % -> 849 (849.15).
 */
export function applyPercent(priceCents: number, percentBp: number): number {
  const numerator = priceCents * (10_000 + percentBp);
  if (numerator <= 0) return 0;
  return Math.floor((2 * numerator + 10_000) / 20_000);
}
