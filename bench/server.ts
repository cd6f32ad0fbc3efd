// The shop as the benchmarks see it: a fresh embedded PostgreSQL with the demo shop grown to
// BENCH_PRODUCTS products (10,000), a production build, card payments through the tests' fake
// Stripe, and the app served as `npm start` serves it (scripts/web-cluster.ts), by one process
// or one per core, all on this machine.
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
import { startWebCluster, type WebCluster } from '../scripts/web-cluster';
import { startFakeStripe } from '../tests/support/fake-stripe';

export type BenchServer = {
  base: string;
  databaseUrl: string;
  /**
   * (Re)starts the app with this many server processes and waits until it answers. With a
   * `variant`, another build of the app (in its own folder, built on first use) with these
   * settings, e.g. SECURITY_HEADERS=off.
   */
  serve: (processes: number, variant?: BuildVariant) => Promise<void>;
  stop: () => Promise<void>;
};

export type BuildVariant = { distDir: string; env: Record<string, string> };

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

  const base = `http://localhost:${port}`;
  const stripe = await startFakeStripe({ webhookUrl: `${base}/api/webhooks/stripe`, webhookSecret: 'whsec_bench' });
  const env = {
    ...appServerEnv(db.url, port),
    DATA_DIR: dir,
    NEXT_DIST_DIR: '.next-bench',
    NODE_ENV: 'production' as const,
    STRIPE_SECRET_KEY: 'sk_test_fake',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench',
    STRIPE_API_HOST: '127.0.0.1',
    STRIPE_API_PORT: String(stripe.port),
    STRIPE_API_PROTOCOL: 'http',
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_fake',
    // Every benchmark shopper comes from 127.0.0.1: hundreds of pay-at-pickup orders from one
    // network within minutes, which the shop's default limit (10 per half hour) refuses.
    PAY_AT_PICKUP_LIMIT_PER_NETWORK: '1000000',
  };
  buildIfNeeded(env);

  let web: WebCluster | undefined;
  const stopApp = async () => {
    if (!web) return;
    web.stop();
    await web.exited;
    web = undefined;
  };
  return {
    base,
    databaseUrl: db.url,
    serve: async (processes, variant) => {
      await stopApp();
      const served = variant ? { ...env, ...variant.env, NEXT_DIST_DIR: variant.distDir } : env;
      if (variant) buildIfNeeded(served);
      web = startWebCluster(served, processes);
      await web.listening;
    },
    stop: async () => {
      await stopApp();
      await stripe.stop();
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
