// Secrets at rest (issue 14, item 7): the outbox's stored copy of an e-mail keeps no working link
// or code once delivered, the owner's outbox page never shows one, files without SMTP are the app
// user's only, pickup codes are keyed with the app's secret, and erasing a customer erases the
// e-mails to them. Delivery goes to a real SMTP server; the recipient's copy keeps what works.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eraseCustomer } from '@/lib/admin/customers/erase-customer';
import { prisma } from '@/lib/db';
import { deliverOutboxMessage, queueEmail } from '@/lib/email/outbox';
import { listOutbox } from '@/lib/email/list-outbox';
import { HIDDEN } from '@/lib/email/redact-secrets';
import { MAX_ATTEMPTS } from '@/lib/jobs/deliver-outbox';
import { findHandoverMatches } from '@/lib/pickups/find-handover-matches';
import { markPickupReady } from '@/lib/pickups/mark-pickup-ready';
import { setLinePicked } from '@/lib/pickups/set-line-picked';
import { requestPasswordReset } from '@/lib/users/request-password-reset';
import { resetPassword } from '@/lib/users/reset-password';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { mailCatcherForFile } from '../support/mail-catcher-for-file';
import { testDatabaseUrl } from '../support/test-database';
import { codeIn, createStaff, pickupOrder } from './pickups-fixtures';

vi.mock('@/lib/jobs/send-outbox-soon', () => ({ sendOutboxSoon: async () => {} }));

const mail = mailCatcherForFile();
const outboxDir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-secrets-outbox-'));

beforeAll(() => {
  process.env.OUTBOX_DIR = path.join(outboxDir, 'outbox');
});

afterAll(() => {
  rmSync(outboxDir, { recursive: true, force: true });
  delete process.env.OUTBOX_DIR;
});

/** The newest mail the SMTP server received for this address. */
async function receivedBy(address: string) {
  const received = (await mail.mailsTo(address)).at(-1);
  if (!received) throw new Error(`No mail to ${address}`);
  return received;
}

/** Everything stored about a message, as one string to search. */
async function storedRow(id: string) {
  return JSON.stringify(await prisma.outboxMessage.findUniqueOrThrow({ where: { id } }));
}

async function ownerPageText() {
  return JSON.stringify(await listOutbox(500));
}

describe('a delivered e-mail', () => {
  it('keeps its working reset link for the recipient only: the stored copy and the owner page show the address without the token', async () => {
    const user = await createUser({ password: 'vanha-salasana-1' });
    const id = (await (await requestPasswordReset(user.email, { ip: '10.7.0.1' }))())!;
    await deliverOutboxMessage(id);
    const mail = await receivedBy(user.email);
    const link = mail.text!.match(/https?:\/\/\S+reset-password\S+/)![0];
    const token = new URL(link).searchParams.get('token')!;
    expect(token.length).toBeGreaterThan(20);

    const stored = await storedRow(id);
    expect(stored).not.toContain(token);
    expect(stored).toContain(`/reset-password?token=${HIDDEN}`);
    expect(await ownerPageText()).not.toContain(token);

    // The link in the customer's mailbox still works.
    expect(await resetPassword(token, 'uusi-salasana-22')).toEqual({ userId: user.id });
  });

  it('"ready for pickup": the code, its QR and the order link are only in the mail; the owner never sees them, not even before delivery', async () => {
    const store = await createStore({ slug: `secrets-${Date.now()}` });
    const staff = await createStaff([store.id]);
    const order = await pickupOrder({ storeId: store.id });
    for (const line of order.lines) await setLinePicked({ storeId: store.id, orderId: order.id, lineId: line.id, picked: true });
    await markPickupReady({ storeId: store.id, orderId: order.id }, staff.id);
    const pickup = await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } });
    const waiting = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'pickup.ready', reference: pickup.id } });
    const code = codeIn(waiting.text);
    expect(await ownerPageText()).not.toContain(code);

    await deliverOutboxMessage(waiting.id);
    const mail = await receivedBy(order.email);
    expect(codeIn(mail.text!)).toBe(code);
    expect(mail.attachments.map((a) => a.contentType)).toEqual(['image/png']);
    const orderToken = new URL(mail.text!.match(/https?:\/\/\S+\/order\/\S+/)![0]).searchParams.get('token')!;

    const stored = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(stored.status).toBe('SENT');
    for (const secret of [code, orderToken]) expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored.attachments).toEqual([expect.not.objectContaining({ contentBase64: expect.anything() })]);
    expect(stored.secrets).toEqual([]);

    // The code in the mail opens the pickup at the counter; what is stored cannot be reversed without the app's secret.
    expect(await findHandoverMatches({ storeId: store.id, query: code })).toEqual({ kind: 'open', number: order.number, code });
    expect(pickup.codeHash).not.toBe(createHash('sha256').update(code).digest('hex'));
  });

  it('hides a token in a link path that the message lists, in the text and in the HTML', async () => {
    const token = 'RekisteroitymisToken_1234567890abcdef';
    const url = `http://shop.test/event-registration/${token}`;
    const id = await queueEmail({
      kind: 'test.path-token',
      to: `path-${Date.now()}@example.com`,
      subject: 'Ilmoittautuminen',
      text: `Peru: ${url}`,
      html: `<a href="${url}?a=1&amp;b=2">${url}</a>`,
      secrets: [token],
    });
    await deliverOutboxMessage(id);
    const stored = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(stored.text).toBe(`Peru: http://shop.test/event-registration/${HIDDEN}`);
    expect(stored.html).toBe(`<a href="http://shop.test/event-registration/${HIDDEN}?a=${HIDDEN}&amp;b=${HIDDEN}">http://shop.test/event-registration/${HIDDEN}</a>`);
  });
});

describe('an e-mail that cannot be delivered', () => {
  it('keeps its link while it has attempts left, and loses it when the shop gives up', async () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    try {
      const id = await queueEmail({ kind: 'test.failing', to: `fail-${Date.now()}@example.com`, subject: 'Linkki', text: 'http://shop.test/x?token=salainen-avain-123' });
      await deliverOutboxMessage(id);
      expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', text: 'http://shop.test/x?token=salainen-avain-123' });

      await prisma.outboxMessage.update({ where: { id }, data: { status: 'PENDING', attempts: MAX_ATTEMPTS - 1 } });
      await deliverOutboxMessage(id);
      expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, text: `http://shop.test/x?token=${HIDDEN}` });
    } finally {
      process.env.SMTP_URL = mail.smtpUrl();
    }
  });
});

describe('without an SMTP server', () => {
  it('writes the mail files readable by the app user only', async () => {
    delete process.env.SMTP_URL;
    try {
      const id = await queueEmail({ kind: 'test.file', to: `file-${Date.now()}@example.com`, subject: 'Tiedosto', text: 'http://shop.test/x?token=tiedoston-avain' });
      await deliverOutboxMessage(id);
      const dir = process.env.OUTBOX_DIR!;
      const file = readdirSync(dir).find((f) => f.includes(id))!;
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(path.join(dir, file)).mode & 0o777).toBe(0o600);
      expect(readFileSync(path.join(dir, file), 'utf8')).toContain('tiedoston-avain');
      expect(await storedRow(id)).not.toContain('tiedoston-avain');
    } finally {
      process.env.SMTP_URL = mail.smtpUrl();
    }
  });
});

describe('erasing a customer', () => {
  it('erases every e-mail to them (sent or waiting, rows and files) and leaves other customers\' e-mails', async () => {
    const owner = await createUser({ role: 'OWNER' });
    const customer = await createUser({ password: 'asiakkaan-salasana-1' });
    const other = await createUser();
    await deliverOutboxMessage((await (await requestPasswordReset(customer.email, { ip: '10.7.0.2' }))())!);
    const waiting = await queueEmail({ kind: 'test.waiting', to: customer.email, subject: 'Odottaa', text: 'Hei' });
    delete process.env.SMTP_URL;
    const filed = await queueEmail({ kind: 'test.filed', to: customer.email, subject: 'Tiedostossa', text: 'Hei' });
    await deliverOutboxMessage(filed);
    process.env.SMTP_URL = mail.smtpUrl();
    const othersMail = await queueEmail({ kind: 'test.other', to: other.email, subject: 'Toiselle', text: 'Hei' });
    const fileOf = (id: string) => readdirSync(process.env.OUTBOX_DIR!).find((f) => f.includes(id));
    expect(fileOf(filed)).toBeDefined();
    expect(await prisma.outboxMessage.count({ where: { toEmail: customer.email } })).toBe(3);

    await eraseCustomer({ userId: customer.id, confirmEmail: customer.email }, owner);

    expect(await prisma.outboxMessage.count({ where: { toEmail: customer.email } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { id: { in: [waiting, filed] } } })).toBe(0);
    expect(fileOf(filed)).toBeUndefined();
    expect(await prisma.outboxMessage.count({ where: { id: othersMail } })).toBe(1);
  });
});

describe('pickups made ready before codes were keyed', () => {
  it('still open with their code at the counter', async () => {
    const store = await createStore({ slug: `legacy-${Date.now()}` });
    const order = await pickupOrder({ storeId: store.id });
    await prisma.pickup.update({
      where: { orderId: order.id },
      data: { status: 'READY_FOR_PICKUP', codeHash: createHash('sha256').update('LEG234').digest('hex'), readyAt: new Date() },
    });
    expect(await findHandoverMatches({ storeId: store.id, query: 'leg-234' })).toEqual({ kind: 'open', number: order.number, code: 'LEG234' });
  });
});

describe('the migration', () => {
  it('hides the links and codes in e-mails delivered before it, and leaves one still to be sent as it is', async () => {
    const link = 'http://shop.test/order/10001?token=vanha-avain-abc&amp;x=1';
    const rows = await Promise.all([
      prisma.outboxMessage.create({ data: { kind: 'order.confirmation', toEmail: 'old@example.com', subject: 's', text: `Tilaus ${link}`, html: `<a href="${link}">`, status: 'SENT' } }),
      prisma.outboxMessage.create({
        data: {
          kind: 'pickup.ready',
          toEmail: 'old@example.com',
          subject: 's',
          text: 'Noutokoodi: QWE234\nhttp://shop.test/event-registration/tokeni_abc-123',
          status: 'STORED',
          attachments: [{ filename: 'nouto.png', contentType: 'image/png', contentBase64: 'iVBORw0KGgo=' }],
        },
      }),
      prisma.outboxMessage.create({ data: { kind: 'order.confirmation', toEmail: 'old@example.com', subject: 's', text: `Tilaus ${link}`, status: 'FAILED', attempts: 1 } }),
    ]);
    const sql = readFileSync(path.resolve('prisma/migrations/20261208000000_outbox_secrets/migration.sql'), 'utf8');
    const updates = sql
      .split(/;\s*\n/)
      .map((statement) => statement.replace(/^--.*$/gm, '').trim())
      .filter((statement) => statement.startsWith('UPDATE'));
    expect(updates).toHaveLength(2);
    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    try {
      for (const statement of updates) await client.query(`${statement} AND id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    } finally {
      await client.end();
    }
    const [sent, ready, retrying] = await Promise.all(rows.map((r) => prisma.outboxMessage.findUniqueOrThrow({ where: { id: r.id } })));
    expect(sent.text).toBe(`Tilaus http://shop.test/order/10001?token=${HIDDEN}&amp;x=${HIDDEN}`);
    expect(sent.html).toBe(`<a href="http://shop.test/order/10001?token=${HIDDEN}&amp;x=${HIDDEN}">`);
    expect(ready.text).toBe(`Noutokoodi: ${HIDDEN}\nhttp://shop.test/event-registration/${HIDDEN}`);
    expect(ready.attachments).toEqual([]);
    expect(retrying.text).toBe(`Tilaus ${link}`);
  });
});
