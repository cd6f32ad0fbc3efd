// Importing Shopify's product CSV: what a shopkeeper moving from Shopify sees in the shop, that
// importing the same file again changes nothing, and that export -> import changes nothing.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { importShopifyProducts } from '@/lib/import/shopify/import-shopify-products';
import { exportShopifyCsv } from '@/lib/import/shopify/export-shopify-csv';
import { createProduct, setStock } from '../support/factories/catalog';
import { stockLedgerProblems } from '../support/factories/orders';
import { SHOPIFY_FIXTURE, catalogSnapshot, collect, importStores } from './import-fixtures';

let stores: Awaited<ReturnType<typeof importStores>>;

beforeAll(async () => {
  stores = await importStores();
});

const run = (text: string, mode: 'dry-run' | 'all-or-nothing' | 'valid-only' = 'all-or-nothing', storeId = stores.warehouse.id) =>
  importShopifyProducts({ text, storeId, actorId: null, mode, source: 'test' });

describe('a realistic Shopify export', () => {
  it('the dry run counts what would be created and writes nothing', async () => {
    const before = await catalogSnapshot();
    const result = await run(SHOPIFY_FIXTURE, 'dry-run');
    expect(result.errors).toEqual([]);
    expect(result.counts).toMatchObject({
      rows: 10,
      productsCreated: 4,
      variantsCreated: 8,
      imagesCreated: 6,
      stockChanged: 7,
      categoriesCreated: ['Asusteet', 'Kahvi', 'Paperitavarat'],
      tagsCreated: ['villa', 'talvi', 'kahvi', 'Puuvilla'],
    });
    expect(result.applied).toBe(false);
    expect(await catalogSnapshot()).toEqual(before);
  });

  it('imports products, variants, images, tags, categories and stock as the shop shows them', async () => {
    const result = await run(SHOPIFY_FIXTURE);
    expect(result.applied).toBe(true);
    const socks = await prisma.product.findUniqueOrThrow({
      where: { slug: 'villasukat' },
      include: {
        variants: { orderBy: { position: 'asc' } },
        images: { orderBy: { position: 'asc' } },
        tags: { include: { tag: true } },
        category: true,
      },
    });
    expect(socks).toMatchObject({
      nameFi: 'Villasukat',
      nameEn: 'Villasukat',
      status: 'ACTIVE',
      vendor: 'Pihlajan Puoti',
      descriptionFi: 'Lämpimät villasukat & pehmeät.\n\nKäsin neulotut\nSuomessa.',
    });
    expect(socks.category?.nameFi).toBe('Asusteet');
    expect(socks.tags.map((t) => t.tag.nameFi).sort()).toEqual(['talvi', 'villa']);
    expect(socks.variants.map((v) => [v.sku, v.size, v.colour, v.priceCents, v.compareAtCents, v.ean, v.vatRateBp])).toEqual([
      ['VS-3638-HA', '36-38', 'Harmaa', 1990, 2490, '6412345000012', 2550],
      ['VS-3638-PU', '36-38', 'Punainen', 1990, null, '6412345000029', 2550],
      // No barcode in the file: the shop's own in-store codes.
      ['VS-3941-HA', '39-41', 'Harmaa', 1990, null, expect.stringMatching(/^200\d{10}$/), 2550],
      ['VS-3941-PU', '39-41', 'Punainen', 2100, null, expect.stringMatching(/^200\d{10}$/), 2550],
    ]);
    expect(socks.images.map((i) => [i.url, i.altFi, i.position])).toEqual([
      ['https://cdn.example.com/villasukat-1.jpg', 'Harmaat villasukat', 0],
      ['https://cdn.example.com/villasukat-2.jpg', 'Punaiset villasukat', 1],
      ['https://cdn.example.com/villasukat-3.jpg', 'Villasukat jalassa', 2],
    ]);

    const coffee = await prisma.product.findUniqueOrThrow({ where: { slug: 'tumma-paahto' }, include: { variants: true } });
    expect(coffee.variants).toHaveLength(1);
    expect(coffee.variants[0]).toMatchObject({ sku: 'KAHVI-TUMMA-500', size: null, colour: null, priceCents: 1290, vatRateBp: 1400, ean: '6412345678907' });
    expect((await prisma.product.findUniqueOrThrow({ where: { slug: 'muistikirja-a5' } })).status).toBe('DRAFT');
    const shirt = await prisma.product.findUniqueOrThrow({ where: { slug: 't-paita-pihlaja' }, include: { variants: { orderBy: { position: 'asc' } }, images: true } });
    expect(shirt.variants.map((v) => [v.size, v.colour])).toEqual([
      ['M', 'Valkoinen'],
      ['L', 'Valkoinen'],
    ]);
    expect(shirt.images).toHaveLength(2);
  });

  it('puts Variant Inventory Qty on hand in the chosen store, with RECEIVE movements that add up', async () => {
    const level = await prisma.stockLevel.findFirstOrThrow({ where: { variant: { sku: 'VS-3638-HA' } } });
    expect(level).toMatchObject({ storeId: stores.warehouse.id, onHand: 10 });
    const movements = await prisma.stockMovement.findMany({ where: { variant: { sku: 'VS-3638-HA' } } });
    expect(movements.map((m) => [m.type, m.onHandDelta, m.reason])).toEqual([['RECEIVE', 10, 'import']]);
    expect(await prisma.stockLevel.count({ where: { variant: { sku: 'VS-3941-HA' } } })).toBe(0);
    expect(await prisma.stockLevel.count({ where: { storeId: stores.store.id } })).toBe(0);
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('records the import in the audit log with its counts', async () => {
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: 'products.imported' } });
    expect(entry.data).toMatchObject({ productsCreated: 4, variantsCreated: 8, imagesCreated: 6, source: 'test' });
  });

  it('importing the same file again changes nothing: every row is skipped', async () => {
    const before = await catalogSnapshot();
    const result = await run(SHOPIFY_FIXTURE);
    expect(result.counts).toMatchObject({
      productsCreated: 0,
      productsUpdated: 0,
      productsSkipped: 4,
      variantsCreated: 0,
      variantsUpdated: 0,
      variantsSkipped: 8,
      imagesCreated: 0,
      imagesUpdated: 0,
      imagesSkipped: 6,
      stockChanged: 0,
      categoriesCreated: [],
      tagsCreated: [],
    });
    const after = await catalogSnapshot();
    expect(after).toEqual(before);
  });

  it('a changed price and quantity update just that variant, with an ADJUST movement', async () => {
    const changed = SHOPIFY_FIXTURE.replace('KAHVI-TUMMA-500,200,shopify,25,,,"12,90"', 'KAHVI-TUMMA-500,200,shopify,20,,,"13,50"');
    expect(changed).not.toBe(SHOPIFY_FIXTURE);
    const result = await run(changed);
    expect(result.counts).toMatchObject({ productsSkipped: 4, variantsUpdated: 1, variantsSkipped: 7, stockChanged: 1 });
    const variant = await prisma.productVariant.findUniqueOrThrow({ where: { sku: 'KAHVI-TUMMA-500' }, include: { stockLevels: true, stockMovements: { orderBy: { createdAt: 'asc' } } } });
    expect(variant.priceCents).toBe(1350);
    expect(variant.stockLevels[0].onHand).toBe(20);
    expect(variant.stockMovements.map((m) => [m.type, m.onHandDelta])).toEqual([
      ['RECEIVE', 25],
      ['ADJUST', -5],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'products.imported' }, orderBy: { createdAt: 'desc' } });
    expect(audit.data).toMatchObject({ priceChanges: [{ sku: 'KAHVI-TUMMA-500', from: 1290, to: 1350 }] });
  });
});

describe('export in the same format', () => {
  it('export -> import changes nothing, also for products made in the back office', async () => {
    const made = await createProduct({
      nameFi: '=HYPERLINK("http://evil.example") -20 %',
      descriptionFi: 'Ensimmäinen kappale.\n\nToinen, jossa <merkkejä> & "lainaus".',
      vendor: 'Testi Oy',
      variants: [
        { size: 'S', priceCents: 1500, compareAtCents: 1900 },
        { size: 'M', priceCents: 1500, vatRateBp: 1400 },
      ],
    });
    await setStock(made.variants[0].id, stores.warehouse.id, 3);
    await prisma.productImage.create({ data: { productId: made.id, url: '/demo/products/x.svg', altFi: 'Kuva', altEn: 'Picture', position: 0 } });
    const csv = await collect(exportShopifyCsv(stores.warehouse.id));
    expect(csv.split('\n')[0]).toContain('Handle,Title,Body (HTML)');
    // A spreadsheet would run the name as a formula: the export writes it as text.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") -20 %"`);

    const before = await catalogSnapshot();
    const result = await run(csv);
    expect(result.errors).toEqual([]);
    expect(result.counts).toMatchObject({ productsCreated: 0, productsUpdated: 0, productsSkipped: 5, variantsCreated: 0, variantsUpdated: 0, imagesCreated: 0, imagesUpdated: 0, stockChanged: 0 });
    expect(await catalogSnapshot()).toEqual(before);
  });
});
