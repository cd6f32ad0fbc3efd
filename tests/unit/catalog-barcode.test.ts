import { describe, expect, it } from 'vitest';
import { expandUpcE, gs1CheckDigit, normalizeBarcode } from '@/lib/catalog/barcode';

describe('product barcodes', () => {
  it('keeps a valid EAN-13 and EAN-8 as they are', () => {
    expect(normalizeBarcode('4006381333931')).toBe('4006381333931');
    expect(normalizeBarcode('73513537')).toBe('73513537');
    expect(normalizeBarcode(" '4006381333931 ")).toBe('4006381333931');
  });

  it('keeps a UPC-A, a UPC-E and an ISBN-10 as the EAN-13 a scanner reads from the same bars', () => {
    expect(normalizeBarcode('036000291452')).toBe('0036000291452');
    expect(expandUpcE('04252614')).toBe('042100005264');
    expect(normalizeBarcode('04252614')).toBe('0042100005264');
    expect(normalizeBarcode('0-306-40615-2')).toBe('9780306406157');
    expect(normalizeBarcode('080442957X')).toBe('9780804429573');
    expect(normalizeBarcode('978-0-306-40615-7')).toBe('9780306406157');
  });

  it('refuses a wrong check digit, a wrong length and what a spreadsheet made of a long number', () => {
    for (const text of ['4006381333932', '73513538', '036000291453', '0306406153', '3.65275E+11', '6.41E+12', '12345', '', 'ABCDEFGHIJKLM']) {
      expect(normalizeBarcode(text), text).toBeNull();
    }
  });

  it('computes the GS1 check digit', () => {
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(gs1CheckDigit('7351353')).toBe(7);
    expect(gs1CheckDigit('978030640615')).toBe(7);
  });
});
