// npm run import:products -- FILE [--dry-run] [--valid-only] [--store SLUG] [--lang fi|en]
// Imports a Shopify product CSV with the same code as the back office (/admin/import).
//   --dry-run     check the file and print what would be created, updated and skipped
//   --valid-only  import the valid rows even when some rows have errors (those are left out)
//   --store SLUG  the store whose stock "Variant Inventory Qty" sets (default: the web warehouse)
// Without --valid-only a file with errors imports nothing. Exits 1 when the file has errors
// (also with --valid-only, after importing the valid rows), 2 on bad usage or an unreadable file.
// Uses DATABASE_URL, or the embedded PostgreSQL of `npm start` (started here if it is not running).
// The running app's cached shop pages are renewed within their normal lifetime; the CLI cannot
// reach the app's cache (restart the app, or save any product in /admin, to renew them at once).
import { readFileSync, statSync } from 'node:fs';
import { register } from 'node:module';
import pg from 'pg';

// lib/ modules are marked `import 'server-only'`, which throws outside Next: an empty module here.
const serverOnlyStub = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export {}', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(serverOnlyStub)}`);

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const file = args.find((arg, i) => !arg.startsWith('--') && !['--store', '--lang'].includes(args[i - 1] ?? ''));
const lang = option('--lang') === 'en' ? 'en' : 'fi';
if (!file || (flag('--store') && !option('--store'))) {
  console.error('Usage: npm run import:products -- FILE [--dry-run] [--valid-only] [--strict] [--store SLUG] [--lang fi|en]');
  process.exit(2);
}

async function databaseUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const running = `postgresql://postgres:digijalka@127.0.0.1:${process.env.EMBEDDED_PG_PORT ?? 54329}/digijalka`;
  const client = new pg.Client({ connectionString: running, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return { url: running, stop: async () => {} };
  } catch {
    const { startDatabase } = await import('./database');
    const { migrate } = await import('./migrate');
    const database = await startDatabase();
    await migrate(database.url);
    return database;
  }
}

async function main(): Promise<number> {
  const { MAX_IMPORT_BYTES } = await import('../lib/import/limits');
  const { createTranslator } = await import('next-intl');
  const messages = JSON.parse(readFileSync(new URL(`../messages/${lang}/adminImport.json`, import.meta.url), 'utf8'));
  const t = createTranslator({ locale: lang, messages: { adminImport: messages }, namespace: 'adminImport' }) as unknown as (
    key: string,
    params?: Record<string, string | number>,
  ) => string;
  const lower = (key: string) => t(key).toLocaleLowerCase(lang);

  if (statSync(file!).size > MAX_IMPORT_BYTES) {
    console.error(t('errors.fileTooLarge'));
    return 2;
  }
  const database = await databaseUrl();
  process.env.DATABASE_URL = database.url;
  const { decodeCsvFile } = await import('../lib/import/decode-csv-file');
  const { resolveImportStore } = await import('../lib/import/default-import-store');
  const { importShopifyProducts } = await import('../lib/import/shopify/import-shopify-products');
  const { isAppError } = await import('../lib/errors');
  const { prisma } = await import('../lib/db');
  try {
    const decoded = decodeCsvFile(readFileSync(file!));
    if (decoded.encoding !== 'utf-8') console.warn(t('run.latin1'));
    const store = await resolveImportStore(option('--store'));
    const mode = flag('--dry-run') ? 'dry-run' : flag('--valid-only') ? 'valid-only' : 'all-or-nothing';
    let lastShown = 0;
    const result = await importShopifyProducts({
      text: decoded.text,
      storeId: store.id,
      actorId: null,
      mode,
      source: 'cli',
      strict: flag('--strict'),
      onProgress: async (processed, total) => {
        if (processed - lastShown >= 1000 || processed === total) {
          lastShown = processed;
          console.log(t('progress.label', { processed, total, percent: Math.floor((processed / Math.max(total, 1)) * 100) }));
        }
      },
    });
    const c = result.counts;
    const done = result.applied;
    console.log(done ? t('counts.captionDone') : t('counts.captionDryRun'));
    console.log(`  ${t('counts.products')}: ${c.productsCreated} ${lower(done ? 'counts.created' : 'counts.toCreate')}, ${c.productsUpdated} ${lower(done ? 'counts.updated' : 'counts.toUpdate')}, ${c.productsSkipped} ${lower('counts.skipped')}`);
    console.log(`  ${t('counts.variants')}: ${c.variantsCreated} ${lower(done ? 'counts.created' : 'counts.toCreate')}, ${c.variantsUpdated} ${lower(done ? 'counts.updated' : 'counts.toUpdate')}, ${c.variantsSkipped} ${lower('counts.skipped')}`);
    console.log(`  ${t('counts.images')}: ${c.imagesCreated} ${lower(done ? 'counts.created' : 'counts.toCreate')}, ${c.imagesUpdated} ${lower(done ? 'counts.updated' : 'counts.toUpdate')}, ${c.imagesSkipped} ${lower('counts.skipped')}`);
    console.log(`  ${t('counts.stockLine', { count: c.stockChanged })} (${store.name})`);
    if (c.categoriesCreated.length) console.log(`  ${t('counts.categoriesLine', { names: c.categoriesCreated.join(', ') })}`);
    if (c.tagsCreated.length) console.log(`  ${t('counts.tagsLine', { names: c.tagsCreated.join(', ') })}`);
    console.log(`  ${t('counts.rowsLine', { rows: c.rows, invalidRows: c.invalidRows })}`);
    if (result.warnings.length > 0) {
      console.warn(t('errorsTable.warningsCaption', { count: result.warnings.length }));
      for (const warning of result.warnings) console.warn(`  ${t('errorsTable.row')} ${warning.row}, ${warning.column}: ${t(`errors.${warning.code}`, warning.params)}`);
    }
    if (result.errors.length > 0) {
      console.error(t('errorsTable.caption', { count: result.errors.length }));
      for (const error of result.errors) {
        const where = [error.row > 0 ? `${t('errorsTable.row')} ${error.row}` : null, error.column].filter(Boolean).join(', ');
        console.error(`  ${where}: ${t(`errors.${error.code}`, error.params)}`);
      }
      if (mode === 'all-or-nothing') console.error(t('errors.confirmRequired') + ' (--valid-only)');
      return 1;
    }
    return 0;
  } catch (error) {
    if (isAppError(error) && error.message.startsWith('adminImport.')) {
      console.error(t(error.message.slice('adminImport.'.length)));
      return 2;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
