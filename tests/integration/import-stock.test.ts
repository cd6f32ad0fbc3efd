// Stock per store as CSV: export, a stock count imported back as ADJUST movements (reason
// 'import'), errors per row, a dry run that writes nothing, and a second import that changes nothing.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { exportStockCsv } from '@/lib/import/stock/export-stock-csv';
import { importStockLevels } from '@/lib/import/stock/import-stock-levels';
import { createProduct } from '../support/factories/catalog';
import { stockLedgerProblems } from '../support/factories/orders';
import { catalogSnapshot, collect, importStores } from './import-fixtures';

let stores: Awaited<ReturnType<typeof importStores>>;
let skus: string[];

beforeAll(async () => {
  stores = await importStores();
  const product = await createProduct({ variants: [{ stock: { [stores.warehouse.id]: 5, [stores.store.id]: 2 } }, { stock: { [stores.warehouse.id]: 1 } }] });
  skus = product.variants.map((v) => v.sku);
  // Two units of the first SKU are held for an order in the store: the count may not go below.
  await prisma.stockLevel.update({ where: { variantId_storeId: { variantId: product.variants[0].id, storeId: stores.store.id } }, data: { reserved: 2 } });
  await prisma.stockMovement.create({ data: { variantId: product.variants[0].id, storeId: stores.store.id, type: 'RESERVE', reservedDelta: 2 } });
});

// The hold above has no order behind it, so only the ledger's other rules apply here.
const ledgerProblems = async () => (await stockLedgerProblems()).filter((p) => p.problem !== 'reserved differs from active reservations');

const run = (text: string, mode: 'dry-run' | 'all-or-nothing' | 'valid-only' = 'all-or-nothing') =>
  importStockLevels({ text, actorId: null, mode, source: 'test' });

describe('stock CSV', () => {
  it('exports on-hand per SKU and store slug', async () => {
    const csv = await collect(exportStockCsv());
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('SKU,Store,Quantity');
    expect(lines.slice(1).sort()).toEqual(
      [`${skus[0]},${stores.warehouse.slug},5`, `${skus[0]},${stores.store.slug},2`, `${skus[1]},${stores.warehouse.slug},1`].sort(),
    );
    const one = await collect(exportStockCsv(stores.store.id));
    expect(one.trim().split('\n')).toHaveLength(2);
  });

  it('importing the export changes nothing', async () => {
    const before = await catalogSnapshot();
    const result = await run(await collect(exportStockCsv()));
    expect(result.counts).toMatchObject({ rows: 3, changed: 0, skipped: 3, invalidRows: 0 });
    expect(await catalogSnapshot()).toEqual(before);
  });

  it('gives errors per row and imports nothing without confirmation', async () => {
    const csv = [
      'SKU;Store;Quantity',
      `${skus[0]};${stores.warehouse.slug};8`,
      `NOPE-1;${stores.warehouse.slug};1`,
      `${skus[1]};kuu;1`,
      `${skus[1]};${stores.warehouse.slug};-3`,
      `${skus[0]};${stores.warehouse.slug};9`,
      `${skus[0]};${stores.store.slug};1`,
    ].join('\n');
    const before = await catalogSnapshot();
    const result = await run(csv);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'SKU', 'skuUnknown'],
      [4, 'Store', 'storeUnknown'],
      [5, 'Quantity', 'quantityInvalid'],
      [6, 'SKU', 'stockRepeated'],
      [7, 'Quantity', 'quantityBelowReserved'],
    ]);
    expect(result.applied).toBe(false);
    expect(await catalogSnapshot()).toEqual(before);

    const valid = await run(csv, 'valid-only');
    expect(valid.counts).toMatchObject({ changed: 1, invalidRows: 5 });
    const level = await prisma.stockLevel.findFirstOrThrow({ where: { variant: { sku: skus[0] }, storeId: stores.warehouse.id } });
    expect(level.onHand).toBe(8);
    const movement = await prisma.stockMovement.findFirstOrThrow({ where: { variant: { sku: skus[0] }, storeId: stores.warehouse.id, reason: 'import' } });
    expect(movement).toMatchObject({ type: 'ADJUST', onHandDelta: 3 });
    expect(await ledgerProblems()).toEqual([]);
  });

  it('creates a stock level for a store the SKU was not in yet; a dry run writes nothing', async () => {
    const csv = `SKU,Store,Quantity\n${skus[1]},${stores.store.slug},4\n`;
    const before = await catalogSnapshot();
    expect((await run(csv, 'dry-run')).counts).toMatchObject({ changed: 1 });
    expect(await catalogSnapshot()).toEqual(before);
    await run(csv);
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { variant: { sku: skus[1] }, storeId: stores.store.id } })).onHand).toBe(4);
    expect((await run(csv)).counts).toMatchObject({ changed: 0, skipped: 1 });
    expect(await ledgerProblems()).toEqual([]);
  });
});
