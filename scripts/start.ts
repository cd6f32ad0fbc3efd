// `npm start` and `npm run dev`: database up (embedded unless DATABASE_URL is set), migrations,
// the demo shop on an empty database, a build when needed, then Next.js on PORT (3000): one
// server process per core (scripts/web-cluster.ts), or `next dev` for `npm run dev`.
// Ctrl-C or SIGTERM: the servers stop taking requests and finish those in flight, then the
// embedded PostgreSQL stops; the data stays in .data/. A server process that dies is replaced;
// one that keeps dying stops everything, and `npm start` exits non-zero.
import { spawn } from 'node:child_process';
import { createPrismaClient } from '../lib/db';
import { isDatabaseEmpty, seedDemoShop } from '../prisma/seed';
import { appServerEnv } from './app-env';
import { buildIfNeeded } from './build-if-needed';
import { startDatabase, takeOverStopSignals } from './database';
import { migrate } from './migrate';
import { startWebCluster } from './web-cluster';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

async function main() {
  const db = await startDatabase({ ownProcessGroup: true });
  console.log(process.env.DATABASE_URL ? 'Using the database at DATABASE_URL.' : `Embedded PostgreSQL is up (${db.url.replace(/:[^:@/]+@/, ':***@')}).`);
  const { applied } = await migrate(db.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  await seedIfEmpty(db.url);

  const env = appServerEnv(db.url, port);
  let exitCode: number;
  if (dev) {
    exitCode = await runNextDev(env);
  } else {
    buildIfNeeded({ ...env, NODE_ENV: 'production' });
    const web = startWebCluster({ ...env, NODE_ENV: 'production' });
    process.on('SIGINT', web.stop);
    process.on('SIGTERM', web.stop);
    // PostgreSQL stops after the servers, not at the signal (see takeOverStopSignals).
    takeOverStopSignals();
    exitCode = await web.exited;
  }
  await db.stop();
  process.exit(exitCode);
}

/** `next dev` until it exits or we are asked to stop; its exit code (1 when killed by a signal). */
async function runNextDev(env: NodeJS.ProcessEnv): Promise<number> {
  const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '-p', String(port)], { stdio: 'inherit', env });
  const stop = () => next.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  takeOverStopSignals();
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    next.once('exit', (c, s) => resolve([c, s])),
  );
  return signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : (code ?? 1);
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
