// `npm start` and `npm run dev`: database up (embedded unless DATABASE_URL is set), migrations,
// the demo shop on an empty database, a build when needed, then Next.js on PORT (3000).
// Ctrl-C or SIGTERM stops Next.js and then the embedded PostgreSQL; the data stays in .data/.
import { spawn } from 'node:child_process';
import { createPrismaClient } from '../lib/db';
import { isDatabaseEmpty, seedDemoShop } from '../prisma/seed';
import { appServerEnv } from './app-env';
import { buildIfNeeded } from './build-if-needed';
import { startDatabase } from './database';
import { migrate } from './migrate';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

async function main() {
  const db = await startDatabase();
  console.log(process.env.DATABASE_URL ? 'Using the database at DATABASE_URL.' : `Embedded PostgreSQL is up (${db.url.replace(/:[^:@/]+@/, ':***@')}).`);
  const { applied } = await migrate(db.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  await seedIfEmpty(db.url);

  const env = appServerEnv(db.url, port);
  if (!dev) buildIfNeeded({ ...env, NODE_ENV: 'production' });
  const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', dev ? 'dev' : 'start', '-p', String(port)], {
    stdio: 'inherit',
    env,
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null) {
      next.kill('SIGTERM');
      await new Promise((resolve) => next.once('exit', resolve));
    }
    await db.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  next.on('exit', (code) => void stop(code ?? 0));
}

async function seedIfEmpty(url: string) {
  const prisma = createPrismaClient(url);
  try {
    if (await isDatabaseEmpty(prisma)) {
      const demoPasswords = process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO_PASSWORDS === 'true';
      console.log('The database is empty: adding the demo shop.');
      await seedDemoShop(prisma, { demoPasswords });
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
