import { describe, expect, it } from 'vitest';
import { normalizeBarcode } from '@/lib/catalog/barcode';
import { inStoreEan, inStoreSerial, pickFreeCodes, type CodeSource } from '@/lib/catalog/in-store-code';

/** A sequence that counts from `start`, and codes some variants already have. */
function fakeSource(taken: string[], start = 1) {
  let next = start;
  const calls: { draw: number[]; taken: number } = { draw: [], taken: 0 };
  const source: CodeSource = {
    draw: async (count) => {
      calls.draw.push(count);
      return Array.from({ length: count }, () => next++);
    },
    taken: async (codes) => {
      calls.taken += 1;
      return new Set(codes.filter((code) => taken.includes(code)));
    },
  };
  return { source, calls };
}

describe('in-store codes', () => {
  it('are EAN-13s in the 200 range with the right check digit', () => {
    expect(inStoreEan(1)).toBe('2000000000015');
    expect(inStoreEan(123_456_789)).toBe('2001234567893') // 3×(0+1+3+5+7+9) + (2+0+2+4+6+8) = 97;
    for (const serial of [1, 2, 9, 10, 4711, 999_999_999]) {
      const code = inStoreEan(serial);
      expect(code).toMatch(/^200\d{10}$/);
      expect(normalizeBarcode(code)).toBe(code);
      expect(inStoreSerial(code)).toBe(serial);
    }
    expect(() => inStoreEan(0)).toThrow(RangeError);
    expect(() => inStoreEan(1_000_000_000)).toThrow(RangeError);
  });

  it('tell the shop’s own codes from others', () => {
    expect(inStoreSerial('4006381333931')).toBeNull();
    expect(inStoreSerial('2000000000016')).toBeNull(); // wrong check digit
    expect(inStoreSerial('2100000000012')).toBeNull(); // 21…: not our prefix
  });

  it('hands out drawn codes in order, one query of each kind when none is taken', async () => {
    const { source, calls } = fakeSource([]);
    expect(await pickFreeCodes(3, source)).toEqual([inStoreEan(1), inStoreEan(2), inStoreEan(3)]);
    expect(calls).toEqual({ draw: [3], taken: 1 });
  });

  it('skips codes that variants already have, drawing twice as many each further round', async () => {
    const taken = [1, 2, 3, 4, 5, 6, 7].map(inStoreEan);
    const { source, calls } = fakeSource(taken);
    const codes = await pickFreeCodes(2, source);
    // Round 1 draws 1-2 (taken), round 2 draws 3-6 (taken), round 3 draws 7-14: 8 and 9 are free.
    expect(codes).toEqual([inStoreEan(8), inStoreEan(9)]);
    expect(calls.draw).toEqual([2, 4, 8]);
    expect(codes.some((code) => taken.includes(code))).toBe(false);
  });

  it('gives up rather than loop forever when every code it draws is taken', async () => {
    const source: CodeSource = { draw: async (count) => Array.from({ length: count }, () => 5), taken: async (codes) => new Set(codes) };
    await expect(pickFreeCodes(1, source)).rejects.toThrow('no free in-store code');
  });
});
