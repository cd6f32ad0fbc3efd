// The back office's product forms: what the owner types becomes cents, rows and clear errors.
import { describe, expect, it } from 'vitest';
import { readProductFilters, productFiltersQuery } from '@/lib/admin/products/list-params';
import { nestFields } from '@/lib/admin/products/nest-fields';
import { applyPercent, parsePercentBp } from '@/lib/admin/products/percent-price';
import { productSchema } from '@/lib/admin/products/product-schema';
import { adjustStockSchema } from '@/lib/admin/stock/stock-schemas';
import { sniffImageType } from '@/lib/media/image-type';

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const valid = {
  nameFi: 'Kahvikuppi Ääni',
  nameEn: 'Coffee cup',
  vatRateBp: '2550',
  status: 'ACTIVE',
  'variants.0.sku': 'CUP-1',
  'variants.0.price': '12,90',
};

function errorsOf(fields: Record<string, string>) {
  const result = productSchema.safeParse(nestFields(form(fields)));
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('nestFields', () => {
  it('turns indexed names into rows, in index order, without gaps', () => {
    expect(nestFields(form({ 'variants.2.sku': 'C', 'variants.0.sku': 'A', name: 'x' }))).toEqual({ variants: [{ sku: 'A' }, { sku: 'C' }], name: 'x' });
  });

  it('ignores prototype keys', () => {
    const nested = nestFields(form({ '__proto__.polluted': 'yes', 'a.constructor.b': 'no' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(nested).toEqual({});
  });
});

describe('productSchema', () => {
  it('reads euros as cents and makes the slug from the Finnish name', () => {
    const result = productSchema.parse(nestFields(form({ ...valid, 'variants.0.compareAt': '15', 'variants.0.active': 'on', tags: 'kahvi, Lahjat, kahvi' })));
    expect(result.slug).toBe('kahvikuppi-aani');
    expect(result.vatRateBp).toBe(2550);
    expect(result.tags).toEqual(['kahvi', 'Lahjat']);
    expect(result.variants[0]).toMatchObject({ sku: 'CUP-1', priceCents: 1290, compareAtCents: 1500, active: true, ean: null });
  });

  it('names the field of each mistake', () => {
    expect(
      errorsOf({
        ...valid,
        slug: 'Ei Kelpaa',
        'variants.0.price': '-1,00',
        'variants.0.ean': '12345',
        'variants.1.sku': 'cup-1',
        'variants.1.price': '10,00',
        'variants.1.compareAt': '10,00',
        'images.0.url': 'javascript:alert(1)',
        'images.0.altFi': '',
      }),
    ).toEqual({
      slug: 'adminProducts.errors.slugInvalid',
      'variants.0.price': 'adminProducts.errors.priceNegative',
      'variants.0.ean': 'adminProducts.errors.eanInvalid',
      'variants.1.compareAt': 'adminProducts.errors.compareAtNotAbovePrice',
      'images.0.url': 'adminProducts.errors.imageUrlInvalid',
      'images.0.altFi': 'adminProducts.errors.altRequired',
    });
  });

  it('keeps a UPC-A or an ISBN as the EAN-13 it scans as, and refuses a barcode with a wrong check digit', () => {
    expect(productSchema.parse(nestFields(form({ ...valid, 'variants.0.ean': '036000291452' }))).variants[0].ean).toBe('0036000291452');
    expect(productSchema.parse(nestFields(form({ ...valid, 'variants.0.ean': '978-0-306-40615-7' }))).variants[0].ean).toBe('9780306406157');
    expect(errorsOf({ ...valid, 'variants.0.ean': '4006381333932' })).toEqual({ 'variants.0.ean': 'adminProducts.errors.eanInvalid' });
  });

  it('refuses the same SKU twice, a missing VAT rate and a product without variants', () => {
    expect(errorsOf({ ...valid, 'variants.1.sku': 'cup-1', 'variants.1.price': '1' })).toEqual({ 'variants.1.sku': 'adminProducts.errors.skuRepeated' });
    expect(errorsOf({ ...valid, vatRateBp: '' })).toEqual({ vatRateBp: 'adminProducts.errors.vatInvalid' });
    const noVariants = Object.fromEntries(Object.entries(valid).filter(([key]) => !key.startsWith('variants.')));
    expect(errorsOf(noVariants)).toEqual({ variants: 'adminProducts.errors.variantsRequired' });
  });
});

describe('percentage price changes', () => {
  it('reads percentages as basis points', () => {
    expect(parsePercentBp('-10')).toBe(-1000);
    expect(parsePercentBp('\u22127,5 %')).toBe(-750);
    expect(parsePercentBp('+5')).toBe(500);
    expect(parsePercentBp('ten')).toBeNull();
  });

  it('rounds half up to whole cents and never goes below zero', () => {
    expect(applyPercent(1290, -1000)).toBe(1161);
    expect(applyPercent(999, -1500)).toBe(849); // 849.15
    expect(applyPercent(995, -1000)).toBe(896); // 895.5
    expect(applyPercent(1290, -10_000)).toBe(0);
    expect(applyPercent(1000, 2550)).toBe(1255);
  });
});

describe('product list filters', () => {
  it('keeps known values and drops the rest', () => {
    const filters = readProductFilters({ q: ' muki ', status: 'ACTIVE', stock: 'low', sort: 'price', category: 'not-a-uuid', page: '3' });
    expect(filters).toEqual({ q: 'muki', status: 'ACTIVE', categoryId: null, stock: 'low', sort: 'price', dir: 'asc', page: 3 });
    expect(readProductFilters({ status: 'DELETED', sort: 'evil; DROP' })).toMatchObject({ status: null, sort: 'updated', dir: 'desc', page: 1 });
    expect(productFiltersQuery(filters, { page: 1 })).toEqual({ q: 'muki', status: 'ACTIVE', stock: 'low', sort: 'price' });
  });
});

describe('stock adjustment form', () => {
  const ids = { variantId: '00000000-0000-4000-8000-000000000001', storeId: '00000000-0000-4000-8000-000000000002' };
  it('needs a reason and a whole number (a counted number is never negative)', () => {
    expect(adjustStockSchema.safeParse({ ...ids, mode: 'delta', quantity: '-2', reason: 'rikki' }).data).toMatchObject({ quantity: -2 });
    const issues = (input: Record<string, string>) => adjustStockSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues({ ...ids, mode: 'set', quantity: '-2', reason: ' ' })).toEqual([
      'reason:adminProducts.errors.reasonRequired',
      'quantity:adminProducts.errors.quantityInvalid',
    ]);
    expect(issues({ ...ids, mode: 'set', quantity: '2,5', reason: 'x' })).toEqual(['quantity:adminProducts.errors.quantityInvalid']);
  });
});

describe('uploaded picture formats', () => {
  it('are told by their first bytes: PNG, JPEG and WebP only', () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpg');
    expect(sniffImageType(new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]))).toBe('webp');
    expect(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBeNull();
  });
});
