// The back office's product list: search, filters, order and pages, all done by the database.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAdminProducts } from '@/lib/admin/products/list-admin-products';
import { readProductFilters } from '@/lib/admin/products/list-params';
import { prisma } from '@/lib/db';
import { createCategory, createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';

let storeA: { id: string };
let storeB: { id: string };
let mugs: { id: string };
const ids: Record<string, string> = {};

const list = (params: Record<string, string>) => listAdminProducts(readProductFilters(params), 'fi');
const names = async (params: Record<string, string>) => (await list(params)).rows.map((row) => row.nameFi);

beforeAll(async () => {
  storeA = await createStore();
  storeB = await createStore();
  const kitchen = await createCategory();
  mugs = await createCategory({ parentId: kitchen.id });
  // A shop of its own: the list shows every product of the database.
  const make = async (key: string, fields: Parameters<typeof createProduct>[0]) => {
    ids[key] = (await createProduct(fields)).id;
  };
  await make('mug', {
    nameFi: 'Sininen muki',
    nameEn: 'Blue mug',
    categoryId: mugs.id,
    variants: [{ priceCents: 1490, stock: { [storeA.id]: 10, [storeB.id]: 2 } }],
  });
  await make('cup', { nameFi: 'Kahvikuppi', nameEn: 'Coffee cup', categoryId: kitchen.id, variants: [{ priceCents: 990, stock: { [storeA.id]: 20 } }] });
  await make('socks', { nameFi: 'Villasukat', nameEn: 'Wool socks', status: 'DRAFT', variants: [{ priceCents: 2490 }] });
  await make('cap', { nameFi: 'Pipo', nameEn: 'Beanie', status: 'ARCHIVED', variants: [{ priceCents: 1990, stock: { [storeA.id]: 1 } }] });
  await prisma.productVariant.updateMany({ where: { productId: ids.mug }, data: { ean: '6412345678905' } });
  await prisma.productVariant.updateMany({ where: { productId: ids.socks }, data: { sku: 'SOCK-WOOL-42' } });
});

describe('listAdminProducts', () => {
  it('finds by Finnish or English name, SKU part and EAN', async () => {
    expect(await names({ q: 'muki' })).toEqual(['Sininen muki']);
    expect(await names({ q: 'coffee' })).toEqual(['Kahvikuppi']);
    expect(await names({ q: 'wool-4' })).toEqual(['Villasukat']);
    expect(await names({ q: '6412345678905' })).toEqual(['Sininen muki']);
    expect(await names({ q: '100%_' })).toEqual([]);
  });

  it('filters by status, by category (with its subcategories) and by stock', async () => {
    expect(await names({ status: 'DRAFT' })).toEqual(['Villasukat']);
    expect((await names({ category: (await prisma.category.findUniqueOrThrow({ where: { id: mugs.id } })).parentId! })).sort()).toEqual(['Kahvikuppi', 'Sininen muki']);
    expect(await names({ category: mugs.id })).toEqual(['Sininen muki']);
    expect(await names({ stock: 'out', sort: 'name' })).toEqual(['Villasukat']);
    // Low: something available, but 3 or fewer in some store that stocks it.
    expect(await names({ stock: 'low', sort: 'name' })).toEqual(['Pipo', 'Sininen muki']);
  });

  it('sorts by name, price, stock and last change', async () => {
    expect(await names({ sort: 'name' })).toEqual(['Kahvikuppi', 'Pipo', 'Sininen muki', 'Villasukat']);
    expect(await names({ sort: 'price', dir: 'desc' })).toEqual(['Villasukat', 'Pipo', 'Sininen muki', 'Kahvikuppi']);
    expect(await names({ sort: 'stock', dir: 'desc' })).toEqual(['Kahvikuppi', 'Sininen muki', 'Pipo', 'Villasukat']);
    await prisma.product.update({ where: { id: ids.cap }, data: { nameEn: 'Beanie hat' } });
    expect((await names({}))[0]).toBe('Pipo');
    const mug = (await list({ q: 'muki' })).rows[0];
    expect(mug).toMatchObject({ minPriceCents: 1490, available: 12, status: 'ACTIVE', categoryNameFi: expect.any(String), variantCount: 1 });
  });

  it('pages in SQL: 50 a page, the total counted, a page past the end shows the last', async () => {
    for (let i = 0; i < 52; i += 1) await createProduct({ nameFi: `Sarja ${String(i).padStart(2, '0')}`, variants: [{ priceCents: 100 + i }] });
    const first = await list({ q: 'sarja', sort: 'name' });
    expect(first).toMatchObject({ total: 52, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0].nameFi).toBe('Sarja 00');
    const second = await list({ q: 'sarja', sort: 'name', page: '2' });
    expect(second.rows.map((row) => row.nameFi)).toEqual(['Sarja 50', 'Sarja 51']);
    expect((await list({ q: 'sarja', sort: 'name', page: '9' })).page).toBe(2);
  });
});
