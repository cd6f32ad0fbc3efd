import { describe, expect, it } from 'vitest';
import { parseReturnQr, returnQrText } from '@/lib/returns/return-qr';

describe('return QR text', () => {
  it('is short: R- and the number', () => {
    expect(returnQrText(10001)).toBe('R-10001');
  });

  it('reads back what the desk scans or types', () => {
    for (const text of ['R-12345', 'R12345', 'r-12345', '12345', ' R-12345 ', 'R 12345']) expect(parseReturnQr(text), text).toBe(12345);
    expect(parseReturnQr(returnQrText(987))).toBe(987);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'R-', 'X-12345', 'R--1', 'R-0', '12.5', 'R-12345x', '99999999999', 'P-ABC123']) expect(parseReturnQr(text), text).toBeNull();
  });
});
