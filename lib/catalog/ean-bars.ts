// The bars of an EAN-13 or EAN-8, as modules ('1' a dark bar one module wide, '0' a light one),
// from the encoding tables of GS1 General Specifications §5.2.1 (ISO/IEC 15420).

/** Set A (odd parity, left half); set C (right half) is its complement, set B its mirror image. */
const SET_A = ['0001101', '0011001', '0010011', '0111101', '0100011', '0110001', '0101111', '0111011', '0110111', '0001011'];
const SET_C = SET_A.map((pattern) => pattern.replace(/./g, (bit) => (bit === '1' ? '0' : '1')));
const SET_B = SET_C.map((pattern) => [...pattern].reverse().join(''));

/** An EAN-13's first digit is not drawn: it picks which left-half digits use set A or set B. */
const FIRST_DIGIT_SETS = ['AAAAAA', 'AABABB', 'AABBAB', 'AABBBA', 'ABAABB', 'ABBAAB', 'ABBBAA', 'ABABAB', 'ABABBA', 'ABBABA'];

export const NORMAL_GUARD = '101';
export const CENTRE_GUARD = '01010';

export type EanBars = {
  kind: 'EAN-13' | 'EAN-8';
  /** 95 modules (EAN-13) or 67 (EAN-8), guards included. */
  modules: string;
  /** Where the guard bars are (they are drawn longer), as [start, length] in modules. */
  guards: [number, number][];
  /** The human-readable digits: the EAN-13's first digit stands left of the bars. */
  outside: string;
  left: string;
  right: string;
};

/** The bars of an EAN-13 or EAN-8 (digits only; the check digit is not verified here). */
export function eanBars(code: string): EanBars {
  if (!/^(\d{8}|\d{13})$/.test(code)) throw new RangeError(`not an EAN-13 or EAN-8: ${code}`);
  const digits = [...code].map(Number);
  const long = digits.length === 13;
  const leftDigits = long ? digits.slice(1, 7) : digits.slice(0, 4);
  const rightDigits = long ? digits.slice(7) : digits.slice(4);
  const sets = long ? FIRST_DIGIT_SETS[digits[0]] : 'AAAA';
  const left = leftDigits.map((digit, i) => (sets[i] === 'A' ? SET_A : SET_B)[digit]).join('');
  const right = rightDigits.map((digit) => SET_C[digit]).join('');
  const modules = NORMAL_GUARD + left + CENTRE_GUARD + right + NORMAL_GUARD;
  const centre = NORMAL_GUARD.length + left.length;
  return {
    kind: long ? 'EAN-13' : 'EAN-8',
    modules,
    guards: [
      [0, NORMAL_GUARD.length],
      [centre, CENTRE_GUARD.length],
      [modules.length - NORMAL_GUARD.length, NORMAL_GUARD.length],
    ],
    outside: long ? code[0] : '',
    left: leftDigits.join(''),
    right: rightDigits.join(''),
  };
}

/** Each dark bar as [start, width] in modules: what an SVG draws as one rectangle. */
export function darkRuns(modules: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const match of modules.matchAll(/1+/g)) runs.push([match.index, match[0].length]);
  return runs;
}
