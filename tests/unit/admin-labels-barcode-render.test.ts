// The barcode as the label sheet draws it: one rectangle per bar, guard bars longer, the digits
// under their own seven modules, and a size in millimetres a shelf scanner reads.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EanBarcode } from '@/components/admin/labels/ean-barcode';

const render = (code: string) => renderToStaticMarkup(createElement(EanBarcode, { code }));
const bars = (svg: string) => [...svg.matchAll(/<rect x="(\d+)" y="0" width="(\d)" height="(\d+)"/g)].map((m) => m.slice(1).map(Number));
const digits = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)"[^>]*>(\d)<\/text>/g)].map((m) => [Number(m[1]), m[2]]);

describe('the barcode on a shelf label', () => {
  it('draws an EAN-13 as 30 bars after an 11-module quiet zone, guards longer, digits in the usual places', () => {
    const svg = render('4006381333931');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="EAN-13 4006381333931"');
    expect(svg).toContain('viewBox="0 0 113 53"');
    expect(svg).toContain('width="29.83mm"');
    const drawn = bars(svg);
    expect(drawn).toHaveLength(30);
    // Start guard 101 at modules 0 and 2, the centre guard's bars at 46 and 48, end guard at 92 and 94.
    const guards = drawn.filter(([, , height]) => height === 49).map(([x]) => x - 11);
    expect(guards).toEqual([0, 2, 46, 48, 92, 94]);
    expect(drawn.filter(([, , height]) => height === 44)).toHaveLength(24);
    // First digit left of the bars; 006381 under modules 14-55, 333931 under 61-102 (after the centre guard).
    expect(digits(svg)).toEqual([
      [7, '4'],
      [17.5, '0'], [24.5, '0'], [31.5, '6'], [38.5, '3'], [45.5, '8'], [52.5, '1'],
      [64.5, '3'], [71.5, '3'], [78.5, '3'], [85.5, '9'], [92.5, '3'], [99.5, '1'],
    ]);
  });

  it('draws an EAN-8 with 7-module quiet zones and no digit outside the bars', () => {
    const svg = render('73513537');
    expect(svg).toContain('aria-label="EAN-8 73513537"');
    expect(svg).toContain('viewBox="0 0 81 53"');
    expect(bars(svg)).toHaveLength(22);
    expect(digits(svg).map(([, digit]) => digit).join('')).toBe('73513537');
    expect(digits(svg)[0][0]).toBe(13.5);
  });
});
