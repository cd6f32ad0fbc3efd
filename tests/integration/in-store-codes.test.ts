// The shop's own EAN-13s: a variant saved or imported without a barcode gets the next free one;
// a variant with a barcode keeps it; codes stay unique when many are drawn at once.
import { readFileSync } from 'node:fs';
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAdminProductAction } from '@/lib/actions/admin-product-save';
import { allocateInStoreCodes } from '@/lib/catalog/allocate-in-store-codes';
import { normalizeBarcode } from '@/lib/catalog/barcode';
import { inStoreEan, inStoreSerial } from '@/lib/catalog/in-store-code';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { importShopifyProducts } from '@/lib/import/shopify/import-shopify-products';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request, resetRequest } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/catalog/revalidate-catalog', () => ({ revalidateProducts: async () => {}, revalidateCatalog: () => {} }));

const idle: FormState = { status: 'idle' };
let owner: Awaited<ReturnType<typeof createUser>>;
let sequence = 0;

beforeAll(async () => {
  owner = await createUser({ role: 'OWNER' });
});

beforeEach(() => {
  resetRequest();
  request.userId = owner.id;
});

function productForm(variants: { sku: string; ean?: string; id?: string }[], productId?: string) {
  sequence += 1;
  const data = new FormData();
  const fields: Record<string, string> = {
    nameFi: `Koodikuppi ${sequence}`,
    nameEn: `Code cup ${sequence}`,
    slug: `koodikuppi-${sequence}-${Date.now()}`,
    vatRateBp: '2550',
    status: 'ACTIVE',
    ...(productId ? { productId } : {}),
  };
  variants.forEach((variant, i) => {
    fields[`variants.${i}.sku`] = variant.sku;
    fields[`variants.${i}.ean`] = variant.ean ?? '';
    fields[`variants.${i}.price`] = '9,90';
    fields[`variants.${i}.active`] = 'on';
    if (variant.id) fields[`variants.${i}.id`] = variant.id;
  });
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function save(form: FormData) {
  const state = await saveAdminProductAction(idle, form);
  if (state.status !== 'ok') throw new Error(JSON.stringify(state));
  const id = (state as { redirectTo: string }).redirectTo.match(/products\/([0-9a-f-]{36})/)![1];
  return prisma.productVariant.findMany({ where: { productId: id }, orderBy: { position: 'asc' }, select: { id: true, sku: true, ean: true, productId: true } });
}

const sku = (name: string) => `${name}-${process.pid}-${Date.now()}-${++sequence}`;

describe('in-store codes from the product editor', () => {
  it('a variant saved without a barcode gets a valid in-store EAN-13; one with a barcode keeps it', async () => {
    const variants = await save(productForm([{ sku: sku('CUP-S') }, { sku: sku('CUP-L'), ean: '4006381333931' }, { sku: sku('CUP-XL') }]));
    const [small, large, extra] = variants;
    expect(large.ean).toBe('4006381333931');
    for (const variant of [small, extra]) {
      expect(variant.ean).toMatch(/^200\d{10}$/);
      expect(normalizeBarcode(variant.ean!)).toBe(variant.ean);
    }
    // Drawn in the variants' order, from one sequence.
    expect(inStoreSerial(extra.ean!)).toBeGreaterThan(inStoreSerial(small.ean!)!);
  });

  it('saving again with the barcode field blank keeps the code; a typed barcode replaces it', async () => {
    const [first] = await save(productForm([{ sku: sku('MUG') }]));
    const code = first.ean!;
    const [again] = await save(productForm([{ sku: first.sku, id: first.id }], first.productId));
    expect(again.ean).toBe(code);
    const [typed] = await save(productForm([{ sku: first.sku, id: first.id, ean: '5901234123457' }], first.productId));
    expect(typed.ean).toBe('5901234123457');
  });

  it('skips a code that some variant already has (typed in by hand or imported)', async () => {
    const [probe] = await allocateInStoreCodes(prisma, 1);
    const next = inStoreEan(inStoreSerial(probe)! + 1);
    const other = await createProduct();
    await prisma.productVariant.update({ where: { id: other.variants[0].id }, data: { ean: next } });
    const [saved] = await save(productForm([{ sku: sku('JAR') }]));
    expect(saved.ean).not.toBe(next);
    expect(inStoreSerial(saved.ean!)).toBe(inStoreSerial(next)! + 1);
  });

  it('codes are unique across variants when many saves draw at once', async () => {
    const batches = await Promise.all(Array.from({ length: 20 }, () => prisma.$transaction((tx) => allocateInStoreCodes(tx, 5))));
    const codes = batches.flat();
    expect(codes).toHaveLength(100);
    expect(new Set(codes).size).toBe(100);
    const saved = await Promise.all(Array.from({ length: 8 }, (_, i) => save(productForm([{ sku: sku(`PAR-${i}`) }]))));
    const eans = saved.flat().map((v) => v.ean);
    expect(new Set(eans).size).toBe(8);
    expect(eans.every((ean) => ean !== null && !codes.includes(ean))).toBe(true);
    const [{ duplicates }] = await prisma.$queryRaw<{ duplicates: bigint }[]>`
      SELECT count(*) AS duplicates FROM (SELECT ean FROM product_variants WHERE ean LIKE '200%' GROUP BY ean HAVING count(*) > 1) d`;
    expect(Number(duplicates)).toBe(0);
  });
});

describe('in-store codes from an import', () => {
  it('an imported variant without a barcode gets one, one with a barcode keeps it, and a second import changes neither', async () => {
    const store = await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });
    const handle = `purkki-${Date.now()}`;
    const csv = [
      'Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Barcode',
      `${handle},Purkki,Size,S,${handle}-S,4.90,`,
      `${handle},,,L,${handle}-L,6.90,4006381333931`,
    ].join('\n');
    const run = () => importShopifyProducts({ text: csv, storeId: store.id, actorId: null, mode: 'all-or-nothing', source: 'test' });
    expect((await run()).errors).toEqual([]);
    const variants = () => prisma.productVariant.findMany({ where: { product: { slug: handle } }, orderBy: { sku: 'asc' }, select: { sku: true, ean: true } });
    const imported = await variants();
    expect(imported[0].ean).toBe('4006381333931');
    expect(imported[1].ean).toMatch(/^200\d{10}$/);
    expect(normalizeBarcode(imported[1].ean!)).toBe(imported[1].ean);
    expect((await run()).counts).toMatchObject({ variantsUpdated: 0, variantsSkipped: 2 });
    expect(await variants()).toEqual(imported);
  });
});

describe('the migration that brought in-store codes', () => {
  it('gave variants without a barcode valid codes computed in SQL, and left the others alone', async () => {
    const bare = await createProduct({ variants: [{}, {}] });
    const kept = await createProduct();
    await prisma.productVariant.update({ where: { id: kept.variants[0].id }, data: { ean: '73513537' } });
    const sql = readFileSync('prisma/migrations/20261209090000_in_store_codes/migration.sql', 'utf8');
    const backfill = sql.slice(sql.indexOf('WITH "numbered"'));
    await prisma.$executeRawUnsafe(backfill);
    const codes = (await prisma.productVariant.findMany({ where: { productId: bare.id }, orderBy: { position: 'asc' } })).map((v) => v.ean!);
    expect(codes).toHaveLength(2);
    for (const code of codes) expect(normalizeBarcode(code)).toBe(code);
    expect(inStoreSerial(codes[1])).toBe(inStoreSerial(codes[0])! + 1);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: kept.variants[0].id } })).ean).toBe('73513537');
  });
});
