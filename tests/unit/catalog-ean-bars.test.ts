// The bars are compared with patterns written out by hand from the standard's tables (GS1 General
// Specifications §5.2.1: number sets A, B and C, and the first digit's choice of A/B), not
// computed by the same code.
import { describe, expect, it } from 'vitest';
import { darkRuns, eanBars } from '@/lib/catalog/ean-bars';

const join = (...parts: string[]) => parts.join('');

describe('EAN bars', () => {
  it('draws 4006381333931: first digit 4 = sets A B A A B B on the left, set C on the right', () => {
    const bars = eanBars('4006381333931');
    expect(bars.modules).toBe(
      join(
        '101',
        '0001101', // 0 A
        '0100111', // 0 B
        '0101111', // 6 A
        '0111101', // 3 A
        '0001001', // 8 B
        '0110011', // 1 B
        '01010',
        '1000010', // 3 C
        '1000010', // 3 C
        '1000010', // 3 C
        '1110100', // 9 C
        '1000010', // 3 C
        '1100110', // 1 C
        '101',
      ),
    );
    expect(bars.modules).toHaveLength(95);
    expect(bars).toMatchObject({ kind: 'EAN-13', outside: '4', left: '006381', right: '333931' });
    expect(bars.guards).toEqual([[0, 3], [45, 5], [92, 3]]);
  });

  it('draws 5901234123457: first digit 5 = sets A B B A A B', () => {
    expect(eanBars('5901234123457').modules).toBe(
      join(
        '101',
        '0001011', // 9 A
        '0100111', // 0 B
        '0110011', // 1 B
        '0010011', // 2 A
        '0111101', // 3 A
        '0011101', // 4 B
        '01010',
        '1100110', // 1 C
        '1101100', // 2 C
        '1000010', // 3 C
        '1011100', // 4 C
        '1001110', // 5 C
        '1000100', // 7 C
        '101',
      ),
    );
  });

  it('draws an in-store code (first digit 2 = sets A A B B A B) and an EAN-8 (set A left, C right)', () => {
    // 2000000000015: 000000 left with A A B B A B, 000015 right.
    expect(eanBars('2000000000015').modules).toBe(
      join('101', '0001101', '0001101', '0100111', '0100111', '0001101', '0100111', '01010', '1110010', '1110010', '1110010', '1110010', '1100110', '1001110', '101'),
    );
    const ean8 = eanBars('73513537');
    expect(ean8.modules).toBe(join('101', '0111011', '0111101', '0110001', '0011001', '01010', '1000010', '1001110', '1000010', '1000100', '101'));
    expect(ean8).toMatchObject({ kind: 'EAN-8', outside: '', left: '7351', right: '3537', guards: [[0, 3], [31, 5], [64, 3]] });
  });

  it('every digit in every set is 7 modules of 2 bars and 2 spaces', () => {
    for (let digit = 0; digit <= 9; digit++) {
      // Digit d in the left half of a code starting 0 (all set A) and 1 (some set B), and on the right.
      for (const code of [`0${digit}${digit}${digit}${digit}${digit}${digit}000000`, `1${digit}${digit}${digit}${digit}${digit}${digit}${digit}${digit}${digit}${digit}${digit}${digit}`]) {
        const { modules } = eanBars(code);
        for (let i = 3; i < 45; i += 7) expect(modules.slice(i, i + 7)).toMatch(/^0+1+0+1+$/);
        for (let i = 50; i < 92; i += 7) expect(modules.slice(i, i + 7)).toMatch(/^1+0+1+0+$/);
      }
    }
  });

  it('groups dark modules into bars and refuses what is not 8 or 13 digits', () => {
    expect(darkRuns('1011001110')).toEqual([[0, 1], [2, 2], [6, 3]]);
    expect(darkRuns(eanBars('4006381333931').modules)).toHaveLength(30);
    expect(() => eanBars('400638133393')).toThrow(RangeError);
    expect(() => eanBars('40063813339a1')).toThrow(RangeError);
  });
});
