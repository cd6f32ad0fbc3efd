// `npm run import:products -- FILE [--dry-run] [--valid-only] [--strict]`: the same import from a terminal,
// run as a real process against this test file's database.
import '../support/test-database';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { testDatabaseUrl } from '../support/test-database';
import { SHOPIFY_FIXTURE, importStores } from './import-fixtures';

const dir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-import-cli-'));
const file = (name: string, text: string) => {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
};

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/import-products.ts', ...args], { env: { ...process.env, DATABASE_URL: testDatabaseUrl }, timeout: 90_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const BAD = 'Handle,Title,Variant SKU,Variant Price,VAT rate\nhyva-kynttila,Kynttilä,KYNTTILA-1,6.90,25.5\n,Nimetön,X-1,1.00,\nmuki,Muki,MUKI-1,5.00,24\n';

beforeAll(async () => {
  await importStores();
});

describe('the import command', () => {
  it('exits non-zero on row errors, prints them, and imports nothing', async () => {
    const result = await cli(file('bad.csv', BAD));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Rivi 3, Handle: Handle puuttuu.');
    expect(result.stderr).toContain('Rivi 4, VAT rate: Tuntematon ALV-kanta "24"');
    expect(await prisma.productVariant.count({ where: { sku: 'KYNTTILA-1' } })).toBe(0);
  }, 120_000);

  it('with --valid-only imports the valid rows and still exits non-zero', async () => {
    const result = await cli(file('bad.csv', BAD), '--valid-only');
    expect(result.code).toBe(1);
    expect(await prisma.productVariant.count({ where: { sku: { in: ['KYNTTILA-1', 'X-1', 'MUKI-1'] } } })).toBe(1);
  }, 120_000);

  it('imports a spreadsheet-mangled barcode\'s row without it and says so; --strict keeps the row out', async () => {
    const mangled = file('mangled.csv', 'Handle,Title,Variant SKU,Variant Price,Variant Barcode\npullo,Pullo,PULLO-1,7.90,3.65275E+11\n');
    const strict = await cli(mangled, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('Rivi 2, Variant Barcode: Viivakoodi ei ole kelvollinen');
    expect(await prisma.productVariant.count({ where: { sku: 'PULLO-1' } })).toBe(0);

    const lenient = await cli(mangled);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('Rivi 2, Variant Barcode: Viivakoodi 3.65275E+11 ei ole kelvollinen');
    // Imported without the mangled code: the new variant has the shop's own in-store code instead.
    expect(await prisma.productVariant.findFirst({ where: { sku: 'PULLO-1' }, select: { ean: true } })).toEqual({ ean: expect.stringMatching(/^200\d{10}$/) });
  }, 120_000);

  it('a dry run prints the summary and writes nothing; the import then creates; a second one skips', async () => {
    const products = file('products.csv', SHOPIFY_FIXTURE);
    const dry = await cli(products, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Koeajo');
    expect(dry.stdout).toContain('Tuotteet: 4 luotaisiin');
    expect(await prisma.product.count({ where: { slug: 'villasukat' } })).toBe(0);

    const imported = await cli(products, '--lang', 'en');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Products: 4 created, 0 updated, 0 unchanged (skipped)');
    expect(await prisma.product.count({ where: { slug: 'villasukat' } })).toBe(1);

    const again = await cli(products, '--lang', 'en');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Products: 0 created, 0 updated, 4 unchanged (skipped)');
    expect(again.stdout).toContain('Variants: 0 created, 0 updated, 8 unchanged (skipped)');
  }, 180_000);
});
