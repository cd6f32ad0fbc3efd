// The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit
// is 11 minus the weighted sum (weights 7, 9, 10, 5, 8, 4, 2) modulo 11; 0 when the sum divides
// evenly; a remainder of 1 gives no valid ID.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

export function isBusinessId(text: string): boolean {
  const match = /^(\d{7})-(\d)$/.exec(text);
  if (!match) return false;
  const remainder = [...match[1]].reduce((sum, digit, i) => sum + Number(digit) * WEIGHTS[i], 0) % 11;
  if (remainder === 1) return false;
  return Number(match[2]) === (remainder === 0 ? 0 : 11 - remainder);
}
