// Importing 10,000 rows (2,500 products with four sizes each, images and stock) in batches, with
// progress; importing the same file again skips every row. How long it takes is measured by
// `npm run bench` (bench/RESULTS.md), not here.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { importShopifyProducts } from '@/lib/import/shopify/import-shopify-products';
import { shopifySampleCsv } from '../../bench/shopify-sample';
import { importStores } from './import-fixtures';

const PRODUCTS = 2_500;

let storeId: string;

beforeAll(async () => {
  storeId = (await importStores()).warehouse.id;
});

describe('a 10,000-row import', () => {
  it('imports every row in batches with progress, and a second import skips every row', async () => {
    const text = shopifySampleCsv(PRODUCTS);
    const progress: number[] = [];
    const result = await importShopifyProducts({
      text,
      storeId,
      actorId: null,
      mode: 'all-or-nothing',
      source: 'test',
      onProgress: async (processed) => {
        progress.push(processed);
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.counts).toMatchObject({ rows: 10_000, productsCreated: PRODUCTS, variantsCreated: 10_000, imagesCreated: PRODUCTS });
    expect(await prisma.productVariant.count()).toBe(10_000);
    expect(progress.at(-1)).toBe(10_000);
    expect(progress.length).toBeGreaterThan(5);

    const second = await importShopifyProducts({ text, storeId, actorId: null, mode: 'all-or-nothing', source: 'test' });
    expect(second.counts).toMatchObject({ productsSkipped: PRODUCTS, variantsSkipped: 10_000, imagesSkipped: PRODUCTS, stockChanged: 0 });
  }, 240_000);
});
