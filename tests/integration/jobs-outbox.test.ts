import '../support/test-database';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { deliverOutbox, MAX_ATTEMPTS } from '@/lib/jobs/deliver-outbox';

const outbox = mkdtempSync(path.join(os.tmpdir(), 'digijalka-jobs-outbox-'));

beforeAll(() => {
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
});

afterAll(() => {
  rmSync(outbox, { recursive: true, force: true });
});

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function message(fields: { status?: 'PENDING' | 'FAILED' | 'STORED'; attempts?: number; createdAt?: Date } = {}) {
  const id = await queueEmail({ kind: 'test.jobs', to: 'lukija@example.com', subject: 'Hei', text: 'Testiviesti' });
  return prisma.outboxMessage.update({ where: { id }, data: { status: fields.status, attempts: fields.attempts, createdAt: fields.createdAt } });
}

async function statusOf(id: string) {
  return (await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status;
}

describe("the 'outbox.send' job", () => {
  it('delivers the messages it is given at once', async () => {
    const fresh = await message();
    const result = await deliverOutbox({ messageIds: [fresh.id] });
    expect(result).toEqual({ delivered: 1, failed: 0 });
    expect(await statusOf(fresh.id)).toBe('STORED');
    expect(readdirSync(outbox).some((file) => file.includes(fresh.id))).toBe(true);
  });

  it('sweeps up what was left behind and tries failed messages again with growing waits', async () => {
    const leftBehind = await message({ createdAt: minutesAgo(5) });
    const justWritten = await message();
    const failedOnceLongAgo = await message({ status: 'FAILED', attempts: 1, createdAt: minutesAgo(3) });
    const failedTwiceRecently = await message({ status: 'FAILED', attempts: 2, createdAt: minutesAgo(3) });
    const givenUp = await message({ status: 'FAILED', attempts: MAX_ATTEMPTS, createdAt: minutesAgo(120) });

    await deliverOutbox({});

    expect(await statusOf(leftBehind.id)).toBe('STORED');
    // Whoever wrote it is still delivering it: sending it here too would send it twice.
    expect(await statusOf(justWritten.id)).toBe('PENDING');
    expect(await statusOf(failedOnceLongAgo.id)).toBe('STORED');
    // Two failures wait 4 minutes from when the message was written.
    expect(await statusOf(failedTwiceRecently.id)).toBe('FAILED');
    expect(await statusOf(givenUp.id)).toBe('FAILED');
  });

  it('counts a delivery that fails again', async () => {
    const failing = await message({ createdAt: minutesAgo(5) });
    process.env.SMTP_URL = 'smtp://127.0.0.1:9';
    try {
      expect(await deliverOutbox({ messageIds: [failing.id] })).toEqual({ delivered: 0, failed: 1 });
    } finally {
      delete process.env.SMTP_URL;
    }
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id: failing.id } })).toMatchObject({ status: 'FAILED', attempts: 1 });
  });
});
