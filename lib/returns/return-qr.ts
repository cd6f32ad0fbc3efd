// The text in a return's QR code: short, so the returns desk's search box takes it whether it is
// scanned or typed. Pure, so the desk's browser code can parse what the camera reads.

const MAX_NUMBER = 2_147_483_647;

/** `R-<number>`, e.g. `R-10001`. */
export function returnQrText(number: number): string {
  return `R-${number}`;
}

/** A return number from `R-12345`, `R12345` or `12345` (spaces and case ignored); null otherwise. */
export function parseReturnQr(text: string): number | null {
  const match = /^(?:R\s*-?\s*)?(\d{1,10})$/i.exec(text.trim());
  if (!match) return null;
  const number = Number(match[1]);
  return number >= 1 && number <= MAX_NUMBER ? number : null;
}
