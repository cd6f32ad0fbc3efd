// Delivery claims: every outbox message is claimed before it is sent, so deliverers running at
// the same time never send one message twice, a claim left by a worker that died is taken again
// once its lease has run out, and a failed send is tried again with growing waits. What counts is
// what the shop would notice: what the (real, local) SMTP server received.
import '../support/test-database';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { claimOutboxMessages } from '@/lib/email/claim-outbox-messages';
import { deliverClaimedMessages } from '@/lib/email/deliver-claimed-messages';
import { deliverOutboxMessage } from '@/lib/email/outbox';
import { closeSmtpTransport } from '@/lib/email/transport';
import { deliverOutbox, MAX_ATTEMPTS } from '@/lib/jobs/deliver-outbox';
import { startMailCatcher } from '../support/mail-catcher';

const root = mkdtempSync(path.join(os.tmpdir(), 'digijalka-outbox-claims-'));
let inbox = '';
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
let mailbox = 0;

beforeAll(() => {
  process.env.OUTBOX_DIR = path.join(root, 'outbox');
});

// Each test gets its own SMTP server and inbox folder.
beforeEach(async () => {
  inbox = path.join(root, `inbox-${++mailbox}`);
  catcher = await startMailCatcher(inbox);
  process.env.SMTP_URL = `smtp://127.0.0.1:${catcher.port}`;
  return async () => {
    closeSmtpTransport();
    await catcher.stop();
  };
});

afterAll(() => {
  delete process.env.SMTP_URL;
  rmSync(root, { recursive: true, force: true });
});

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** Outbox rows like order confirmations, written at once (as a rush of paid orders leaves them). */
async function queueConfirmations(count: number, fields: { createdAt?: Date } = {}): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await prisma.outboxMessage.createMany({
    data: ids.map((id, n) => ({
      id,
      kind: 'test.order-confirmation',
      reference: id,
      toEmail: `asiakas${n}@example.com`,
      subject: `Tilausvahvistus #${10_000 + n}`,
      text: `Kiitos tilauksestasi! Tilausnumero ${10_000 + n}.\n\n1 × Villasukat 24,90 €\nYhteensä 24,90 €`,
      html: `<p>Kiitos tilauksestasi! Tilausnumero <strong>${10_000 + n}</strong>.</p><table><tr><td>1 × Villasukat</td><td>24,90 €</td></tr></table>`,
      createdAt: fields.createdAt,
    })),
  });
  return ids;
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

const row = (id: string) => prisma.outboxMessage.findUniqueOrThrow({ where: { id } });

describe('delivering outbox e-mails with claims', () => {
  it('two deliverers sweeping 1,000 messages at the same time send each one exactly once', async () => {
    const ids = await queueConfirmations(1000, { createdAt: minutesAgo(5) });

    // Two sweeps at once: their statements run on separate pooled connections and contend for the same rows.
    const [first, second] = await Promise.all([deliverOutbox({}), deliverOutbox({})]);

    expect(first.delivered + second.delivered).toBe(1000);
    expect(first.failed + second.failed).toBe(0);
    const received = arrivals();
    expect(received.size).toBe(1000);
    expect(ids.every((id) => received.get(id) === 1)).toBe(true);
    expect(await prisma.outboxMessage.count({ where: { id: { in: ids }, status: 'SENT', claimedUntil: null } })).toBe(1000);
  });

  it('claims made at the same moment never share a message', async () => {
    const ids = await queueConfirmations(500, { createdAt: minutesAgo(5) });
    const due = { now: new Date(), pendingBefore: minutesAgo(1), maxAttempts: MAX_ATTEMPTS, exclude: [] };

    const claims = await Promise.all(Array.from({ length: 8 }, () => claimOutboxMessages({ due, limit: 50 })));

    const claimed = claims.flat().map((claim) => claim.message.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.length).toBe(400);
    expect(claimed.every((id) => ids.includes(id))).toBe(true);
    await Promise.all(claims.map((batch) => deliverClaimedMessages(batch)));
    await deliverOutbox({});
    expect(ids.filter((id) => arrivals().get(id) !== 1)).toEqual([]);
  });

  it('the job for some messages and the sweep, at the same time, send each one once', async () => {
    const ids = await queueConfirmations(200, { createdAt: minutesAgo(5) });

    await Promise.all([deliverOutbox({ messageIds: ids.slice(0, 120) }), deliverOutbox({}), deliverOutbox({ messageIds: ids.slice(80) })]);

    const received = arrivals();
    expect(ids.map((id) => received.get(id))).toEqual(ids.map(() => 1));
  });

  it('takes a message again when the worker that claimed it died (its lease ran out), and leaves a live claim alone', async () => {
    const [abandoned, heldByLiveWorker, abandonedJobMessage] = await queueConfirmations(3);
    await prisma.outboxMessage.update({ where: { id: abandoned }, data: { status: 'SENDING', claimedUntil: minutesAgo(1) } });
    await prisma.outboxMessage.update({ where: { id: heldByLiveWorker }, data: { status: 'SENDING', claimedUntil: new Date(Date.now() + 60_000) } });
    await prisma.outboxMessage.update({ where: { id: abandonedJobMessage }, data: { status: 'SENDING', claimedUntil: minutesAgo(1) } });

    await deliverOutbox({});
    await deliverOutbox({ messageIds: [abandonedJobMessage, heldByLiveWorker] });

    const received = arrivals();
    expect(received.get(abandoned)).toBe(1);
    expect(received.get(abandonedJobMessage)).toBe(1);
    expect(received.has(heldByLiveWorker)).toBe(false);
    expect(await row(abandoned)).toMatchObject({ status: 'SENT', claimedUntil: null, attempts: 1 });
    expect(await row(heldByLiveWorker)).toMatchObject({ status: 'SENDING' });
  });

  it('a message claimed by one worker is not sent by another, nor by a direct delivery', async () => {
    const [id] = await queueConfirmations(1, { createdAt: minutesAgo(5) });
    const claims = await claimOutboxMessages({ ids: [id], limit: 1 });
    expect(claims).toHaveLength(1);

    await deliverOutbox({});
    await deliverOutbox({ messageIds: [id] });
    await deliverOutboxMessage(id);
    expect(arrivals().size).toBe(0);

    expect(await deliverClaimedMessages(claims)).toEqual({ delivered: 1, failed: 0, returned: 0 });
    expect(arrivals().get(id)).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'SENT', claimedUntil: null });
  });

  it('gives a claim back unsent when its time to start sending has passed, or the worker is stopping; the next sweep sends them', async () => {
    const [late, stopping] = await queueConfirmations(2, { createdAt: minutesAgo(5) });
    const [lateClaim] = await claimOutboxMessages({ ids: [late], limit: 1 });
    const [stoppingClaim] = await claimOutboxMessages({ ids: [stopping], limit: 1 });

    expect(await deliverClaimedMessages([{ ...lateClaim, sendBefore: Date.now() - 1 }])).toEqual({ delivered: 0, failed: 0, returned: 1 });
    expect(await deliverClaimedMessages([stoppingClaim], { signal: AbortSignal.abort() })).toEqual({ delivered: 0, failed: 0, returned: 1 });
    expect(arrivals().size).toBe(0);

    await deliverOutbox({});
    expect(arrivals().get(late)).toBe(1);
    expect(arrivals().get(stopping)).toBe(1);
  });

  it('tries a failed send again with growing waits, up to MAX_ATTEMPTS, and sends it once when the server answers', async () => {
    const written = minutesAgo(1);
    const [id] = await queueConfirmations(1, { createdAt: written });
    const at = (minutes: number) => new Date(written.getTime() + minutes * 60_000);

    // The mail server is down: nothing listens on port 9.
    const working = process.env.SMTP_URL;
    process.env.SMTP_URL = 'smtp://127.0.0.1:9';
    expect(await deliverOutbox({ messageIds: [id] })).toEqual({ delivered: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: 1, claimedUntil: null });
    expect((await row(id)).lastError).toMatch(/ECONNREFUSED|connect/i);

    // One failure waits until 2 minutes after the message was written; two, 4 minutes.
    expect(await deliverOutbox({}, at(1.5))).toEqual({ delivered: 0, failed: 0 });
    expect(await deliverOutbox({}, at(2.5))).toEqual({ delivered: 0, failed: 1 });
    expect(await deliverOutbox({}, at(3.5))).toEqual({ delivered: 0, failed: 0 });
    expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: 2 });

    process.env.SMTP_URL = working;
    expect(await deliverOutbox({}, at(4.5))).toEqual({ delivered: 1, failed: 0 });
    expect(arrivals().get(id)).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 3, lastError: null });
  });

  it('gives up after MAX_ATTEMPTS failures', async () => {
    const [id] = await queueConfirmations(1, { createdAt: minutesAgo(600) });
    await prisma.outboxMessage.update({ where: { id }, data: { status: 'FAILED', attempts: MAX_ATTEMPTS } });

    expect(await deliverOutbox({})).toEqual({ delivered: 0, failed: 0 });
    expect(arrivals().size).toBe(0);
    expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS });
  });

  it('one sweep tries a failing message once, even when its next wait has already passed', async () => {
    const [id] = await queueConfirmations(1, { createdAt: minutesAgo(600) });
    process.env.SMTP_URL = 'smtp://127.0.0.1:9';

    expect(await deliverOutbox({})).toEqual({ delivered: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: 'FAILED', attempts: 1 });
  });
});
