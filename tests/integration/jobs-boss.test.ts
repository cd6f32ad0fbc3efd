import '../support/test-database';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { startJobs, type RunningJobs } from '@/lib/jobs/start-jobs';
import { createPendingOrder, orderFootprint, stockLevel } from './payments-fixtures';

const outbox = mkdtempSync(path.join(os.tmpdir(), 'digijalka-jobs-boss-'));
let jobs: RunningJobs;

beforeAll(async () => {
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
  delete process.env.STRIPE_SECRET_KEY;
  jobs = await startJobs({ releaseEverySeconds: 1 });
});

afterAll(async () => {
  await jobs?.stop();
  rmSync(outbox, { recursive: true, force: true });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('Timed out waiting for the job.');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the jobs on pg-boss, on the test database', () => {
  it("sends an e-mail through an 'outbox.send' job, which completes", async () => {
    const id = await queueEmail({ kind: 'test.boss', to: 'lukija@example.com', subject: 'Hei', text: 'Jonon kautta' });

    await sendOutboxSoon([id]);

    // The every-minute sweep leaves a message this young alone: only the job sent for it delivers it.
    await waitFor(async () => (await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status === 'STORED');
    await waitFor(async () => {
      const rows = await prisma.$queryRaw<{ state: string }[]>`
        SELECT state::text FROM pgboss.job WHERE name = 'outbox.send' AND data->'messageIds' ? ${id}`;
      return rows.length === 1 && rows[0].state === 'completed';
    });
  });

  it('keeps one cron schedule per queue, each sending its stately key', async () => {
    const schedules = await jobs.boss.getSchedules();
    const keys = Object.fromEntries(schedules.map((s) => [s.name, [s.cron, (s.options as { singletonKey?: string } | undefined)?.singletonKey]]));
    expect(keys).toEqual({
      'outbox.send': ['* * * * *', 'sweep'],
      'content.publish-scheduled': ['* * * * *', 'cron'],
      'events.send-reminders': ['*/15 * * * *', 'cron'],
      'refunds.resend-pending': ['*/5 * * * *', 'cron'],
      'pickups.send-reminders': ['*/15 * * * *', 'cron'],
      'pickups.expire-unready': ['*/15 * * * *', 'cron'],
    });
    // A stately queue holds one waiting job per key: a second sweep asked for meanwhile is not queued.
    const first = await jobs.boss.send('outbox.send', {}, { singletonKey: 'sweep-test', startAfter: 60 });
    const second = await jobs.boss.send('outbox.send', {}, { singletonKey: 'sweep-test', startAfter: 60 });
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
  });

  it('releases an expired hold by itself, within its beat', async () => {
    const { order, variant, store } = await createPendingOrder({ quantity: 1, stock: 1, expiresAt: new Date(Date.now() + 500) });

    await waitFor(async () => (await orderFootprint(order.id)).status === 'EXPIRED');

    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 1, reserved: 0 });
  });
});
