// A rush of orders, the way it runs in production: the web process queues each confirmation and
// asks for it to be sent now (an 'outbox.send' job on pg-boss), and two `npm run worker` processes
// deliver them over SMTP. Every message must reach the mail server exactly once.
import '../support/test-database';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { startJobs, type RunningJobs } from '@/lib/jobs/start-jobs';
import { startMailCatcher } from '../support/mail-catcher';
import { testDatabaseUrl } from '../support/test-database';

const MESSAGES = 1000;
const root = mkdtempSync(path.join(os.tmpdir(), 'digijalka-outbox-burst-'));
const inbox = path.join(root, 'inbox');
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let sender: RunningJobs;
const workers: { process: ChildProcess; output: string[] }[] = [];

/** `npm run worker` against this test file's database, sending to the local SMTP server. */
function startWorker(smtpPort: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, STRIPE_SECRET_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const worker = { process: child, output: [] as string[] };
  workers.push(worker);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The worker did not start:\n${worker.output.join('')}`)), 60_000);
    const read = (chunk: Buffer) => {
      worker.output.push(chunk.toString());
      if (worker.output.join('').includes('Background jobs are running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The worker exited (${code}):\n${worker.output.join('')}`)));
  });
}

async function stopWorker(worker: { process: ChildProcess }) {
  if (worker.process.exitCode !== null || worker.process.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.process.once('exit', resolve));
  worker.process.kill('SIGTERM');
  await exited;
}

/** How many times the SMTP server received each outbox message (by its Message-ID <id@digijalka>). */
function arrivals(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of readdirSync(inbox)) {
    const id = /^Message-ID:\s*<([^@>]+)@digijalka>/im.exec(readFileSync(path.join(inbox, file), 'utf8'))?.[1];
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

beforeAll(async () => {
  catcher = await startMailCatcher(inbox);
  // This process plays the web process: it only puts jobs on the queues.
  sender = await startJobs({ work: false });
  await Promise.all([startWorker(catcher.port), startWorker(catcher.port)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map(stopWorker));
  await sender?.stop();
  await catcher?.stop();
  rmSync(root, { recursive: true, force: true });
}, 60_000);

describe('a rush of order confirmations with two workers', () => {
  it('delivers each of 1,000 messages to the mail server exactly once, each through a completed job', async () => {
    const ids = Array.from({ length: MESSAGES }, () => randomUUID());
    await prisma.outboxMessage.createMany({
      data: ids.map((id, n) => ({
        id,
        kind: 'test.order-confirmation',
        reference: id,
        toEmail: `asiakas${n}@example.com`,
        subject: `Tilausvahvistus #${20_000 + n}`,
        text: `Kiitos tilauksestasi! Tilausnumero ${20_000 + n}.\n\n2 × Villasukat 49,80 €\nYhteensä 49,80 €`,
        html: `<p>Kiitos tilauksestasi! Tilausnumero <strong>${20_000 + n}</strong>.</p>`,
      })),
    });
    // One job per order, as each paid order asks for its own confirmation.
    for (const id of ids) await sendOutboxSoon([id]);

    // Waits for the last message (a bound only so that a broken delivery ends the test; no speed is asserted).
    const until = Date.now() + 150_000;
    while ((await prisma.outboxMessage.count({ where: { id: { in: ids }, status: { in: ['SENT', 'FAILED'] } } })) < MESSAGES && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const received = arrivals();
    expect(ids.filter((id) => received.get(id) !== 1)).toEqual([]);
    expect(received.size).toBe(MESSAGES);
    expect(await prisma.outboxMessage.count({ where: { id: { in: ids }, status: 'SENT', attempts: 1 } })).toBe(MESSAGES);
    const jobs = await prisma.$queryRaw<{ state: string; count: number }[]>`
      SELECT state::text, count(*)::int AS count FROM pgboss.job WHERE name = 'outbox.send' AND data ? 'messageIds' GROUP BY state`;
    expect(jobs).toEqual([{ state: 'completed', count: MESSAGES }]);
  }, 240_000);
});
