import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { claimOutboxMessages } from './claim-outbox-messages';
import { deliverClaimedMessages } from './deliver-claimed-messages';

export { outboxDir } from './outbox-dir';

/** A file sent with an e-mail. With a `cid`, it is an inline image: the HTML shows it as <img src="cid:...">. */
export type EmailAttachment = {
  filename: string;
  contentType: string;
  contentBase64: string;
  cid?: string;
  /** Holds a secret (the pickup code's QR): the stored copy drops its content once delivered. */
  secret?: boolean;
};

export type EmailMessage = {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
  /** What the message is about (e.g. a pickup's id): the outbox keeps one message per (kind, reference). */
  reference?: string;
  /**
   * Secrets in the message that are not a link's query value (those are hidden anyway): a pickup
   * code, a token in a link's path. The stored copy hides them once the message is delivered.
   */
  secrets?: string[];
};

type OutboxWriter = { outboxMessage: { create: (args: { data: Prisma.OutboxMessageCreateInput }) => Promise<{ id: string }> } };

/**
 * Writes a message to the outbox. Pass a transaction client to queue e-mails in the same
 * transaction as the change they tell about, so that neither happens without the other.
 */
export async function queueEmail(message: EmailMessage, db: OutboxWriter = prisma): Promise<string> {
  const row = await db.outboxMessage.create({
    data: {
      kind: message.kind,
      toEmail: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      attachments: (message.attachments ?? []) as Prisma.InputJsonValue,
      reference: message.reference ?? null,
      secrets: message.secrets ?? [],
    },
  });
  return row.id;
}

/**
 * Delivers one queued message now, when it is still waiting (or its claim ran out): over SMTP when
 * SMTP_URL is set, otherwise into the local outbox folder (.data/outbox/*.eml) where it can be
 * read, and the owner sees it in /admin. The message is claimed first, so a worker sweeping the
 * outbox at the same moment does not send it too.
 */
export async function deliverOutboxMessage(id: string): Promise<void> {
  await deliverClaimedMessages(await claimOutboxMessages({ ids: [id], limit: 1 }));
}

/** Queues and delivers at once (for e-mails that are not part of a larger transaction). */
export async function sendEmail(message: EmailMessage): Promise<string> {
  const id = await queueEmail(message);
  await deliverOutboxMessage(id);
  return id;
}
