import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { sendEmail } from '@/lib/email/outbox';
import '../support/test-database';

const dir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-outbox-'));
process.env.OUTBOX_DIR = dir;
delete process.env.SMTP_URL;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the outbox without SMTP', () => {
  it('keeps the message in the database and as an .eml file in the outbox folder', async () => {
    const id = await sendEmail({ kind: 'test', to: 'reader@example.com', subject: 'Hei', text: 'Tervetuloa puotiin!' });
    expect(await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'STORED', toEmail: 'reader@example.com' });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const raw = readFileSync(path.join(dir, files[0]), 'utf8');
    expect(raw).toContain('To: reader@example.com');
    expect(raw).toContain('Subject: Hei');
  });
});
