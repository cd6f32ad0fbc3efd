// The shop as the benchmarks see it: a fresh embedded PostgreSQL with the demo shop grown to
// BENCH_PRODUCTS products (10,000), a production build, and `next start`, all on this machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '../lib/db';
import { seedDemoShop } from '../prisma/seed';
import { scaleCatalog } from '../prisma/seed/scale-catalog';
import { scaleOrders } from '../prisma/seed/scale-orders';
import { appServerEnv } from '../scripts/app-env';
import { buildIfNeeded } from '../scripts/build-if-needed';
import { startEmbeddedDatabase } from '../scripts/database';
import { migrate } from '../scripts/migrate';

export type BenchServer = { base: string; databaseUrl: string; stop: () => Promise<void> };

export async function startBenchServer(port: number, products: number, orders = 0): Promise<BenchServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-bench-'));
  chmodSync(dir, 0o777);
  const db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'pg'), port: Number(process.env.BENCH_PG_PORT ?? 54420) });
  await migrate(db.url);
  const prisma = createPrismaClient(db.url);
  await seedDemoShop(prisma, { demoPasswords: true });
  await scaleCatalog(prisma, products);
  if (orders > 0) await scaleOrders(prisma, orders);
  await prisma.$disconnect();

  const env = { ...appServerEnv(db.url, port), DATA_DIR: dir, NEXT_DIST_DIR: '.next-bench', NODE_ENV: 'production' as const };
  buildIfNeeded(env);
  const next: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], { env, stdio: 'ignore' });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    base,
    databaseUrl: db.url,
    stop: async () => {
      next.kill('SIGTERM');
      await new Promise((resolve) => next.once('exit', resolve));
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
