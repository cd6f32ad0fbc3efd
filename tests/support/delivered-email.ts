// The text of an e-mail as its recipient got it. Without SMTP_URL the shop delivers into .eml
// files (lib/email/outbox-dir.ts); the outbox row keeps only a copy without working links.
import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { outboxFile } from '@/lib/email/outbox-dir';

export async function deliveredText(message: { id: string; createdAt: Date }): Promise<string> {
  return (await simpleParser(await readFile(outboxFile(message)))).text ?? '';
}
