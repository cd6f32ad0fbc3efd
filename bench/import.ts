// Importing a 10,000-row Shopify product CSV with the command line (the same code as /admin/import)
// into the benchmark's database, timed from start to exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shopifySampleCsv } from './shopify-sample';

export type ImportTiming = { rows: number; seconds: number; secondsAgain: number; ok: boolean };

export function measureImport(databaseUrl: string, products = 2_500): ImportTiming {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-import-'));
  const file = path.join(dir, 'products.csv');
  writeFileSync(file, shopifySampleCsv(products, 'tuonti'));
  const run = () => {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-products.ts', file, '--store', 'verkkovarasto'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    });
    if (result.status !== 0) console.error(result.stdout, result.stderr);
    return { seconds: (performance.now() - started) / 1000, ok: result.status === 0 };
  };
  try {
    const first = run();
    const again = run();
    return { rows: products * 4, seconds: first.seconds, secondsAgain: again.seconds, ok: first.ok && again.ok };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
