// A file with bad rows: errors per row (row, column, message key), nothing imported unless the
// owner confirms importing the valid rows; then exactly the valid rows are imported.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { createImportRun } from '@/lib/import/runs/create-import-run';
import { getImportRun } from '@/lib/import/runs/get-import-run';
import { runImport } from '@/lib/import/runs/run-import';
import { importShopifyProducts } from '@/lib/import/shopify/import-shopify-products';
import { createProduct } from '../support/factories/catalog';
import { createUser } from '../support/factories/users';
import { catalogSnapshot, importStores } from './import-fixtures';

let stores: Awaited<ReturnType<typeof importStores>>;
let owner: { id: string; role: 'OWNER' };
let otherSku: string;

const HEADER = 'Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Compare At Price,VAT rate,Variant Inventory Qty,Image Src,Image Alt Text';

beforeAll(async () => {
  stores = await importStores();
  owner = { id: (await createUser({ role: 'OWNER' })).id, role: 'OWNER' };
  otherSku = (await createProduct()).variants[0].sku;
});

function badFile() {
  return [
    HEADER,
    'hyva-kuppi,Hyvä kuppi,Title,Default Title,KUPPI-1,9.90,,25.5,4,https://cdn.example.com/kuppi.jpg,Kuppi',
    ',Ilman kahvaa,Title,Default Title,NOHANDLE-1,9.90,,,,,',
    'miinus,Miinushinta,Title,Default Title,NEG-1,-1.00,,,,,',
    'alv,Vanha alv,Title,Default Title,ALV-1,5.00,,24,,,',
    'ale,Alennus,Title,Default Title,ALE-1,5.00,4.00,,,,',
    'tupla,Tupla,Title,Default Title,KUPPI-1,5.00,,,,,',
    `vieras,Vieras SKU,Title,Default Title,${otherSku},5.00,,,,,`,
    'ei-ole,,,,,,,,,https://cdn.example.com/orpo.jpg,Orpo kuva',
    'hyva-lautanen,Hyvä lautanen,Size,S,LAUTANEN-S,12.00,15.00,14,2,,',
  ].join('\n');
}

describe('a file with bad rows', () => {
  it('gives errors per row with the row number and column', async () => {
    const result = await importShopifyProducts({ text: badFile(), storeId: stores.warehouse.id, actorId: null, mode: 'dry-run', source: 'test' });
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'Handle', 'handleMissing'],
      [4, 'Variant Price', 'priceNegative'],
      [5, 'VAT rate', 'vatInvalid'],
      [7, 'Variant SKU', 'skuRepeated'],
      [8, 'Variant SKU', 'skuTaken'],
      [9, null, 'imageForUnknownHandle'],
    ]);
    expect(result.counts).toMatchObject({ productsCreated: 3, variantsCreated: 3, invalidRows: 6 });
    // Shopify took a compare-at price below the price; the row imports without it, with a warning.
    expect(result.warnings.map((e) => [e.row, e.column, e.code])).toEqual([[6, 'Variant Compare At Price', 'compareAtDropped']]);
  });

  it('imports nothing without the confirmation', async () => {
    const before = await catalogSnapshot();
    const run = await createImportRun({ kind: 'PRODUCTS', fileName: 'bad.csv', bytes: Buffer.from(badFile()) }, owner);
    await expect(runImport(run.id, { validOnly: false }, owner)).rejects.toThrow('adminImport.errors.confirmRequired');
    expect(await catalogSnapshot()).toEqual(before);
    expect((await prisma.importRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe('DRY_RUN');
  });

  it('imports exactly the valid rows once the owner confirms', async () => {
    const run = await createImportRun({ kind: 'PRODUCTS', fileName: 'bad.csv', bytes: Buffer.from(badFile()) }, owner);
    await runImport(run.id, { validOnly: true }, owner);
    const imported = await prisma.product.findMany({ where: { slug: { in: ['hyva-kuppi', 'hyva-lautanen', 'miinus', 'alv', 'ale', 'tupla', 'vieras'] } }, select: { slug: true } });
    expect(imported.map((p) => p.slug).sort()).toEqual(['ale', 'hyva-kuppi', 'hyva-lautanen']);
    const saved = await prisma.importRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(saved).toMatchObject({ status: 'DONE', errorCount: 6, fileText: '' });
    expect(saved.processedRows).toBe(saved.totalRows);
    // A second click on the same run imports nothing twice.
    await expect(runImport(run.id, { validOnly: true }, owner)).rejects.toThrow('INVALID_STATE');
  });
});

describe('a file a spreadsheet has been through', () => {
  // Shopify accepted these; a spreadsheet turned long barcodes into 3.65275E+11 on the way.
  const mangled = (tag = '') =>
    [
      'Handle,Title,Variant SKU,Variant Price,Variant Compare At Price,Variant Barcode,Variant Inventory Qty',
      `tuoppi${tag},Tuoppi,TUOPPI${tag}-1,12.00,,3.65275E+11,3`,
      `vati${tag},Vati,VATI${tag}-1,20.00,18.00,4006381333931,2`,
      `kannu${tag},Kannu,KANNU${tag}-1,30.00,,4006381333932,1`,
      `kippo${tag},Kippo,KIPPO${tag}-1,8.00,10.00,036000291452,5`,
    ].join('\n');

  it('imports every product, without the mangled barcodes and the low compare-at price, and lists the warnings in the dry run', async () => {
    const run = await createImportRun({ kind: 'PRODUCTS', fileName: 'spreadsheet.csv', bytes: Buffer.from(mangled()) }, owner);
    const view = await getImportRun(run.id);
    expect(view).toMatchObject({ errorCount: 0, errors: [] });
    expect(view!.warnings.map((w) => [w.row, w.column, w.code])).toEqual([
      [2, 'Variant Barcode', 'barcodeDropped'],
      [3, 'Variant Compare At Price', 'compareAtDropped'],
      [4, 'Variant Barcode', 'barcodeDropped'],
    ]);
    await runImport(run.id, { validOnly: false }, owner);
    const variants = await prisma.productVariant.findMany({
      where: { sku: { in: ['TUOPPI-1', 'VATI-1', 'KANNU-1', 'KIPPO-1'] } },
      select: { sku: true, ean: true, priceCents: true, compareAtCents: true },
      orderBy: { sku: 'asc' },
    });
    expect(variants).toEqual([
      // The mangled barcodes are dropped; the new variants get the shop's own codes instead.
      { sku: 'KANNU-1', ean: expect.stringMatching(/^200\d{10}$/), priceCents: 3000, compareAtCents: null },
      { sku: 'KIPPO-1', ean: '0036000291452', priceCents: 800, compareAtCents: 1000 },
      { sku: 'TUOPPI-1', ean: expect.stringMatching(/^200\d{10}$/), priceCents: 1200, compareAtCents: null },
      { sku: 'VATI-1', ean: '4006381333931', priceCents: 2000, compareAtCents: null },
    ]);
  });

  it('keeps those rows out as errors when asked to be strict', async () => {
    const result = await importShopifyProducts({ text: mangled('-tiukka'), storeId: stores.warehouse.id, actorId: null, mode: 'dry-run', source: 'test', strict: true });
    expect(result.warnings).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'eanInvalid'],
      [3, 'compareAtNotAbovePrice'],
      [4, 'eanInvalid'],
    ]);
    expect(result.counts).toMatchObject({ variantsCreated: 1, invalidRows: 3 });
  });
});

describe('file-level problems', () => {
  it('refuses a file over 10 MB without parsing it', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const runs = await prisma.importRun.count();
    await expect(createImportRun({ kind: 'PRODUCTS', fileName: 'big.csv', bytes: big }, owner)).rejects.toThrow('adminImport.errors.fileTooLarge');
    expect(await prisma.importRun.count()).toBe(runs);
  });

  it('reads a Latin-1 file as Windows-1252, keeps ä and ö, and says so', async () => {
    const csv = `${HEADER}\naanekoski-pipo,Äänekosken pipo öljyvärein,Title,Default Title,PIPO-1,15.00,,,,,\n`;
    const run = await createImportRun({ kind: 'PRODUCTS', fileName: 'latin1.csv', bytes: Buffer.from(csv, 'latin1') }, owner);
    const saved = await prisma.importRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(saved.encoding).toBe('windows-1252');
    expect(saved.errorCount).toBe(0);
    await runImport(run.id, { validOnly: false }, owner);
    expect((await prisma.product.findUniqueOrThrow({ where: { slug: 'aanekoski-pipo' } })).nameFi).toBe('Äänekosken pipo öljyvärein');
  });

  it('refuses a file that is not a Shopify product CSV', async () => {
    await expect(createImportRun({ kind: 'PRODUCTS', fileName: 'x.csv', bytes: Buffer.from('Name,Price\nKuppi,5\n') }, owner)).rejects.toThrow('adminImport.errors.notShopifyCsv');
  });
});
