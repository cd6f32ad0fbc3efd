import 'server-only';
import path from 'node:path';

/** Where messages go when SMTP_URL is not set: .eml files the owner can read (OUTBOX_DIR, else DATA_DIR/outbox). */
export function outboxDir(): string {
  return path.resolve(process.env.OUTBOX_DIR ?? path.join(process.env.DATA_DIR ?? '.data', 'outbox'));
}

/** Where a message delivered without SMTP is kept: <outbox folder>/<created>-<id>.eml. */
export function outboxFile(message: { id: string; createdAt: Date }): string {
  return path.join(outboxDir(), `${message.createdAt.toISOString().replaceAll(':', '-')}-${message.id}.eml`);
}
