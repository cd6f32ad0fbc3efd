// The server the browser tests run against: a fresh embedded PostgreSQL (or a fresh database on
// TEST_DATABASE_URL's server), migrated and seeded with the demo shop, a local SMTP server that
// keeps every message it receives in .data/e2e-mail/, and a production build of the app.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '../lib/db';
import { seedDemoShop } from '../prisma/seed';
import { startFakeStripe } from '../tests/support/fake-stripe';
import { startMailCatcher } from '../tests/support/mail-catcher';
import { appServerEnv } from './app-env';
import { buildIfNeeded } from './build-if-needed';
import { createDatabaseIfMissing, startEmbeddedDatabase } from './database';
import { migrate } from './migrate';
import { startWebCluster } from './web-cluster';

const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_MAIL_DIR = path.resolve('.data/e2e-mail');
export const E2E_STATE_FILE = path.resolve('.data/e2e-state.json');

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'digijalka-e2e-'));
  chmodSync(tmp, 0o777);
  let url: string;
  let stopDb = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    const target = new URL(process.env.TEST_DATABASE_URL);
    target.pathname = `/digijalka_e2e_${Date.now()}`;
    url = target.toString();
    await createDatabaseIfMissing(url);
  } else {
    const db = await startEmbeddedDatabase({ dataDir: path.join(tmp, 'pg'), port: Number(process.env.E2E_PG_PORT ?? 54339) });
    url = db.url;
    stopDb = db.stop;
  }
  await migrate(url);
  // The tests read the database to pick their data and to check what the shop recorded.
  mkdirSync(path.dirname(E2E_STATE_FILE), { recursive: true });
  writeFileSync(E2E_STATE_FILE, JSON.stringify({ databaseUrl: url }));
  const prisma = createPrismaClient(url);
  await seedDemoShop(prisma, { demoPasswords: true });
  await prisma.$disconnect();

  rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
  const mail = await startMailCatcher(E2E_MAIL_DIR);

  // Payments go to a fake Stripe (tests/support/fake-stripe.ts): its hosted page pays and sends
  // the signed webhook to the app, as Stripe would.
  const stripe = await startFakeStripe({ webhookUrl: `http://localhost:${port}/api/webhooks/stripe`, webhookSecret: 'whsec_test' });
  const stripeEnv = {
    STRIPE_SECRET_KEY: 'sk_test_fake',
    STRIPE_WEBHOOK_SECRET: 'whsec_test',
    STRIPE_API_HOST: '127.0.0.1',
    STRIPE_API_PORT: String(stripe.port),
    STRIPE_API_PROTOCOL: 'http',
    NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_test_fake',
  };

  const env = { ...appServerEnv(url, port), NEXT_DIST_DIR: '.next-e2e', SMTP_URL: `smtp://127.0.0.1:${mail.port}`, NEXTAUTH_URL: `http://localhost:${port}`, ...stripeEnv };
  buildIfNeeded({ ...env, NODE_ENV: 'production' });
  // Two server processes sharing one page cache, as `npm start` runs on this machine's cores:
  // every journey then also checks that a change made through one is seen through the other.
  const web = startWebCluster({ ...env, NODE_ENV: 'production' }, 2);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    web.stop();
    await web.exited;
    await mail.stop();
    await stripe.stop();
    await stopDb();
    rmSync(tmp, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  void web.exited.then(() => stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
