// Product barcodes as shops meet them: EAN-13 and EAN-8, UPC-A and UPC-E (North American codes),
// ISBN-10 and ISBN-13 (books). Each has a check digit, so a mistyped or mangled code (a
// spreadsheet's 3.65275E+11) is told apart from a real one. A product keeps its code as an EAN
// (13 or 8 digits), which is what a scanner reads from the same bars: a UPC-A is the EAN-13 with
// a leading 0, a UPC-E is a short form of a UPC-A, an ISBN-10 is the EAN-13 978 + its first nine.

/** The GS1 check digit (EAN, UPC, ISBN-13) of the digits before it. */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

const hasValidCheckDigit = (code: string) => gs1CheckDigit(code.slice(0, -1)) === Number(code.at(-1));

/** The UPC-A (12 digits) a UPC-E (8 digits: number system 0 or 1, six digits, check digit) stands for. */
export function expandUpcE(code: string): string | null {
  if (!/^[01]\d{7}$/.test(code)) return null;
  const [system, d1, d2, d3, d4, d5, d6, check] = code;
  let body: string;
  if ('012'.includes(d6)) body = `${d1}${d2}${d6}0000${d3}${d4}${d5}`;
  else if (d6 === '3') body = `${d1}${d2}${d3}00000${d4}${d5}`;
  else if (d6 === '4') body = `${d1}${d2}${d3}${d4}00000${d5}`;
  else body = `${d1}${d2}${d3}${d4}${d5}0000${d6}`;
  const upcA = `${system}${body}${check}`;
  return hasValidCheckDigit(upcA) ? upcA : null;
}

/** An ISBN-10's check character (0-9 or X) is right for its first nine digits. */
function isIsbn10(code: string): boolean {
  if (!/^\d{9}[\dX]$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (code[i] === 'X' ? 10 : Number(code[i])) * (10 - i);
  return sum % 11 === 0;
}

/**
 * The code as a product keeps it (EAN-13 or EAN-8 digits), or null when the text is not a valid
 * barcode of a kind above. Spaces and hyphens (ISBNs are often written 978-951-...) and a
 * spreadsheet's leading apostrophe are ignored.
 */
export function normalizeBarcode(text: string): string | null {
  const code = text.trim().replace(/^'/, '').replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{13}$/.test(code)) return hasValidCheckDigit(code) ? code : null;
  if (/^\d{12}$/.test(code)) return hasValidCheckDigit(code) ? `0${code}` : null;
  if (/^\d{8}$/.test(code)) {
    if (hasValidCheckDigit(code)) return code;
    const upcA = expandUpcE(code);
    return upcA ? `0${upcA}` : null;
  }
  if (isIsbn10(code)) {
    const body = `978${code.slice(0, 9)}`;
    return `${body}${gs1CheckDigit(body)}`;
  }
  return null;
}
