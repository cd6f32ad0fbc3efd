// Reading Shopify's product CSV without a database: its multi-row habits, cell formats and the
// errors a shopkeeper gets per row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCsvFile } from '@/lib/import/decode-csv-file';
import { readCsvTable } from '@/lib/import/read-csv-table';
import { htmlToText, textToHtml } from '@/lib/import/shopify/html-to-text';
import { parseBarcode, parseVatRate } from '@/lib/import/shopify/parse-cells';
import { readShopifyProducts } from '@/lib/import/shopify/read-shopify-products';

const read = (text: string) => readShopifyProducts(readCsvTable(text)!)!;

describe('the Shopify fixture', () => {
  const result = read(readFileSync('tests/fixtures/shopify/products.csv', 'utf8'));

  it('groups rows by handle; only the first row carries the product', () => {
    expect(result.errors).toEqual([]);
    expect(result.products.map((p) => [p.handle, p.title, p.variants.length, p.images.length])).toEqual([
      ['villasukat', 'Villasukat', 4, 3],
      ['tumma-paahto', 'Kahvi Tumma paahto 500 g', 1, 1],
      ['muistikirja-a5', 'Muistikirja A5', 1, 0],
      ['t-paita-pihlaja', 'T-paita Pihlaja', 2, 2],
    ]);
  });

  it('maps Size/Koko to size and Color/Väri to colour; "Default Title" is a variant without options', () => {
    const [socks, coffee, , shirt] = result.products;
    expect(socks.variants[1]).toMatchObject({ sku: 'VS-3638-PU', size: '36-38', colour: 'Punainen', priceCents: 1990, quantity: 4 });
    expect(shirt.variants[0]).toMatchObject({ size: 'M', colour: 'Valkoinen' });
    expect(coffee.variants[0]).toMatchObject({ size: null, colour: null, priceCents: 1290, vatRateBp: 1400, ean: '6412345678907' });
  });

  it('reads the image-only row at the end of the file as the product\'s third image', () => {
    expect(result.products[0].images.map((i) => [i.url, i.position, i.alt])).toEqual([
      ['https://cdn.example.com/villasukat-1.jpg', 0, 'Harmaat villasukat'],
      ['https://cdn.example.com/villasukat-2.jpg', 1, 'Punaiset villasukat'],
      ['https://cdn.example.com/villasukat-3.jpg', 2, 'Villasukat jalassa'],
    ]);
  });

  it('turns Body (HTML) into plain text, dropping scripts and tags', () => {
    expect(result.products[0].description).toBe('Lämpimät villasukat & pehmeät.\n\nKäsin neulotut\nSuomessa.');
    expect(result.products[2].status).toBe('DRAFT');
    expect(result.products[0].tags).toEqual(['villa', 'talvi']);
  });
});

describe('row errors', () => {
  const header = 'Handle,Title,Option1 Name,Option1 Value,Variant SKU,Variant Price,Variant Compare At Price,VAT rate,Status,Image Src';
  it('names the row (as a spreadsheet numbers it) and the column', () => {
    const csv = [
      header,
      ',Nimetön,Title,Default Title,A-1,5.00,,,active,',
      'ok,Hyvä,Title,Default Title,OK-1,5.00,,,active,',
      'neg,Negatiivinen,Title,Default Title,NEG-1,-5.00,,,active,',
      'vat,Alv,Title,Default Title,VAT-1,5.00,,24,active,',
      'cmp,Vertailu,Title,Default Title,CMP-1,5.00,5.00,,active,',
      'dup,Tupla,Title,Default Title,ok-1,5.00,,,active,',
      'st,Tila,Title,Default Title,ST-1,5.00,,,published,',
      'notitle,,Title,Default Title,NT-1,5.00,,,active,',
      'mat,Materiaali,Material,Villa,MAT-1,5.00,,,active,',
    ].join('\n');
    const { errors, warnings, products } = read(csv);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Handle', 'handleMissing'],
      [4, 'Variant Price', 'priceNegative'],
      [5, 'VAT rate', 'vatInvalid'],
      [7, 'Variant SKU', 'skuRepeated'],
      [8, 'Status', 'statusInvalid'],
      [9, 'Title', 'titleMissing'],
      [10, 'Option1 Value', 'optionUnsupported'],
    ]);
    expect(products.find((p) => p.handle === 'ok')?.variants).toHaveLength(1);
    // A compare-at price not above the price is left out, with a warning; the row imports.
    expect(warnings.map((e) => [e.row, e.column, e.code])).toEqual([[6, 'Variant Compare At Price', 'compareAtDropped']]);
    expect(products.find((p) => p.handle === 'cmp')?.variants[0]).toMatchObject({ priceCents: 500, compareAtCents: null });
  });

  it('leaves out a mangled or invalid barcode with a warning, and the row imports; strict makes both errors', () => {
    const csv = [
      'Handle,Title,Variant SKU,Variant Price,Variant Compare At Price,Variant Barcode',
      'a,Kuppi,A-1,5.00,,3.65275E+11',
      'b,Lautanen,B-1,5.00,,4006381333932',
      'c,Kulho,C-1,5.00,4.00,4006381333931',
    ].join('\n');
    const lenient = read(csv);
    expect(lenient.errors).toEqual([]);
    expect(lenient.warnings.map((e) => [e.row, e.column, e.code, e.params?.value])).toEqual([
      [2, 'Variant Barcode', 'barcodeDropped', '3.65275E+11'],
      [3, 'Variant Barcode', 'barcodeDropped', '4006381333932'],
      [4, 'Variant Compare At Price', 'compareAtDropped', '4.00'],
    ]);
    expect(lenient.products.map((p) => [p.handle, p.variants[0].ean, p.variants[0].compareAtCents])).toEqual([
      ['a', null, null],
      ['b', null, null],
      ['c', '4006381333931', null],
    ]);
    const strict = readShopifyProducts(readCsvTable(csv)!, { strict: true })!;
    expect(strict.warnings).toEqual([]);
    expect(strict.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'eanInvalid'],
      [3, 'eanInvalid'],
      [4, 'compareAtNotAbovePrice'],
    ]);
    expect(strict.products.flatMap((p) => p.variants)).toEqual([]);
  });

  it('leaves out the other rows of a product whose first row is wrong', () => {
    const { errors } = read([header, 'x,Tuote,Size,S,X-S,5.00,,,bogus,', 'x,,,M,X-M,5.00,,,,'].join('\n'));
    expect(errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'statusInvalid'],
      [3, 'productRowInvalid'],
    ]);
  });

  it('is not a Shopify file without Handle and Title columns', () => {
    expect(readShopifyProducts(readCsvTable('SKU,Store,Quantity\nA,b,1')!)).toBeNull();
  });
});

describe('cells and files', () => {
  it('reads the Finnish VAT rates and refuses others', () => {
    expect(['25.5', '25,5 %', '14', '10', '0'].map((v) => parseVatRate(v))).toEqual([
      { ok: true, value: 2550 },
      { ok: true, value: 2550 },
      { ok: true, value: 1400 },
      { ok: true, value: 1000 },
      { ok: true, value: 0 },
    ]);
    expect(parseVatRate('24')).toEqual({ ok: false, code: 'vatInvalid' });
  });

  it('reads a UPC-A as the EAN-13 with a leading zero, and refuses "6.41E+12"', () => {
    expect(parseBarcode('012345678905')).toEqual({ ok: true, value: '0012345678905' });
    expect(parseBarcode('6.41E+12').ok).toBe(false);
  });

  it('keeps text through textToHtml -> htmlToText', () => {
    const text = 'Kaksi <riviä> & "lainaus"\ntoinen rivi\n\nUusi kappale';
    expect(htmlToText(textToHtml(text))).toBe(text);
  });

  it('reads a Latin-1 (Windows-1252) file as such and says so', () => {
    const bytes = Buffer.from('Handle,Title\nsukat,Villasukat Äänekoski ö\n', 'latin1');
    const decoded = decodeCsvFile(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Villasukat Äänekoski ö');
    expect(decodeCsvFile(Buffer.from('Handle,Title\nsukat,Äänekoski\n', 'utf8')).encoding).toBe('utf-8');
  });

  it('refuses a file over 10 MB before reading it', () => {
    expect(() => decodeCsvFile(new Uint8Array(10 * 1024 * 1024 + 1))).toThrow('adminImport.errors.fileTooLarge');
  });

  it('reads semicolon-separated files (Finnish Excel)', () => {
    const { products, errors } = read('Handle;Title;Variant SKU;Variant Price\nkuppi;Kuppi;KUPPI-1;"9,90"\n');
    expect(errors).toEqual([]);
    expect(products[0].variants[0].priceCents).toBe(990);
  });
});

describe('formulas in cells', () => {
  it('an apostrophe the export put before = + - @ is taken off again', () => {
    const { products } = read("Handle,Title,Vendor,Variant SKU,Variant Price\nale,'-20 % ale,'=Toimittaja,ALE-1,5.00\n");
    expect(products[0].title).toBe('-20 % ale');
    expect(products[0].vendor).toBe('=Toimittaja');
  });
});
