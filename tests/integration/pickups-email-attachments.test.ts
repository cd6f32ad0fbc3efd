import '../support/test-database';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverOutboxMessage, queueEmail } from '@/lib/email/outbox';
import { pickupQrPng } from '@/lib/pickups/pickup-qr';

const outbox = mkdtempSync(path.join(os.tmpdir(), 'digijalka-pickups-attachments-'));

beforeAll(() => {
  process.env.OUTBOX_DIR = outbox;
  delete process.env.SMTP_URL;
});

afterAll(() => {
  rmSync(outbox, { recursive: true, force: true });
});

describe('e-mail attachments', () => {
  it('are kept in the outbox and delivered, an inline image with its cid', async () => {
    const png = await pickupQrPng('https://puoti.example/store/x/handover/10001?code=ABC234');
    const id = await queueEmail({
      kind: 'test.attachment',
      to: 'lukija@example.com',
      subject: 'Koodi',
      text: 'Koodi: ABC234',
      html: '<p><img src="cid:qr@test" alt="QR"></p>',
      attachments: [{ filename: 'qr.png', contentType: 'image/png', contentBase64: png.toString('base64'), cid: 'qr@test' }],
    });
    await deliverOutboxMessage(id);

    const file = readdirSync(outbox).find((name) => name.includes(id))!;
    const mail = await simpleParser(readFileSync(path.join(outbox, file)));
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({ contentType: 'image/png', cid: 'qr@test', filename: 'qr.png' });
    expect(Buffer.compare(mail.attachments[0].content, png)).toBe(0);
  });
});
