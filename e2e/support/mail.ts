// Reads the e-mails that the app sent over SMTP to the test mail server (scripts/e2e-server.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { expect } from '@playwright/test';

const MAIL_DIR = path.resolve('.data/e2e-mail');

export type ReceivedAttachment = { filename: string; contentType: string; content: string };
export type ReceivedEmail = { to: string; subject: string; text: string; attachments: ReceivedAttachment[] };

async function readAll(): Promise<ReceivedEmail[]> {
  if (!existsSync(MAIL_DIR)) return [];
  const files = readdirSync(MAIL_DIR).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(readFileSync(path.join(MAIL_DIR, file)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(',') : (parsed.to?.text ?? '');
      const attachments = parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') }));
      return { to: to.toLowerCase(), subject: parsed.subject ?? '', text: parsed.text ?? '', attachments };
    }),
  );
}

/** Waits for the newest e-mail to `to` whose subject matches, and returns it. */
export async function waitForEmail(to: string, subject: RegExp): Promise<ReceivedEmail> {
  let found: ReceivedEmail | undefined;
  await expect
    .poll(async () => {
      const mails = (await readAll()).filter((m) => m.to.includes(to.toLowerCase()) && subject.test(m.subject));
      found = mails.at(-1);
      return Boolean(found);
    }, { timeout: 15_000, message: `an e-mail to ${to} with subject ${subject}` })
    .toBe(true);
  return found!;
}

/** The first link in an e-mail's text that contains `pathPart`. */
export function linkIn(email: ReceivedEmail, pathPart: string): string {
  const link = email.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(pathPart));
  if (!link) throw new Error(`No link with ${pathPart} in the e-mail "${email.subject}"`);
  return link;
}
