// The shop's own product codes for goods that come without a barcode: EAN-13s in GS1's 200–299
// range, which GS1 leaves to each retailer (never printed on goods by a manufacturer). Ours are
// "200" + a nine-digit serial + the check digit; the serials come from the PostgreSQL sequence
// in_store_code_seq (see allocate-in-store-codes.ts), so two saves can never draw the same one.
import { gs1CheckDigit } from './barcode';

export const IN_STORE_PREFIX = '200';
export const IN_STORE_SERIAL_MAX = 999_999_999;

/** The in-store EAN-13 of a serial (1 → 2000000000015). */
export function inStoreEan(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > IN_STORE_SERIAL_MAX) throw new RangeError(`in-store serial out of range: ${serial}`);
  const body = `${IN_STORE_PREFIX}${String(serial).padStart(9, '0')}`;
  return body + gs1CheckDigit(body);
}

/** The serial of one of our in-store codes, or null for any other code. */
export function inStoreSerial(code: string): number | null {
  if (!/^200\d{10}$/.test(code) || gs1CheckDigit(code.slice(0, 12)) !== Number(code[12])) return null;
  const serial = Number(code.slice(3, 12));
  return serial >= 1 ? serial : null;
}

export type CodeSource = {
  /** Draws this many fresh serials (each is handed out once, ever). */
  draw: (count: number) => Promise<number[]>;
  /** Which of these codes some variant already has (typed in or imported by hand). */
  taken: (codes: string[]) => Promise<Set<string>>;
};

const MAX_ROUNDS = 12;

/**
 * `count` in-store codes that no variant has yet. A drawn serial is only skipped when its code was
 * typed in or imported from elsewhere; each further round draws twice as many, so even a long
 * run of such codes is passed in a few queries.
 */
export async function pickFreeCodes(count: number, source: CodeSource): Promise<string[]> {
  const free: string[] = [];
  for (let round = 0; free.length < count; round++) {
    if (round === MAX_ROUNDS) throw new Error('no free in-store code found');
    const wanted = count - free.length;
    const codes = (await source.draw(round === 0 ? wanted : wanted * 2 ** round)).map(inStoreEan);
    const taken = await source.taken(codes);
    free.push(...codes.filter((code) => !taken.has(code)).slice(0, wanted));
  }
  return free;
}
