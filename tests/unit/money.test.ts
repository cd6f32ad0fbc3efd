import { describe, expect, it } from 'vitest';
import { formatCents, parseAmountToCents, vatIncluded } from '@/lib/money';

describe('parseAmountToCents', () => {
  it.each([
    ['19,99', 1999],
    ['19.99', 1999],
    ['19', 1900],
    ['19,9', 1990],
    ['1 234,50 €', 123450],
    ['0,01', 1],
    ['-5,00', -500],
  ])('reads %s as %i cents', (input, cents) => {
    expect(parseAmountToCents(input)).toBe(cents);
  });

  it('has no floating point drift where multiplying by 100 would', () => {
    expect(19.99 * 100).not.toBe(1999);
    expect(parseAmountToCents('19.99')).toBe(1999);
    expect(parseAmountToCents('1.005')).toBeNull();
  });

  it.each(['', 'abc', '1,2,3', '12.345', '1e3', '--1'])('rejects %j', (input) => {
    expect(parseAmountToCents(input)).toBeNull();
  });
});

describe('formatCents', () => {
  it('formats euros the Finnish way and the English way', () => {
    expect(formatCents(12990, 'fi').replace(/\s/g, ' ')).toBe('129,90 €');
    expect(formatCents(12990, 'en')).toBe('€129.90');
  });
});

describe('vatIncluded', () => {
  it('finds the VAT inside a gross price at each Finnish rate', () => {
    expect(vatIncluded(12550, 2550)).toBe(2550);
    expect(vatIncluded(1140, 1400)).toBe(140);
    expect(vatIncluded(1100, 1000)).toBe(100);
    expect(vatIncluded(999, 0)).toBe(0);
  });

  it('rounds half a cent up', () => {
    // 100 * 2550 / 12550 = 20.318... -> 20; 1490 * 1400 / 11400 = 182.98 -> 183
    expect(vatIncluded(100, 2550)).toBe(20);
    expect(vatIncluded(1490, 1400)).toBe(183);
  });
});
