import 'server-only';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type Mail from 'nodemailer/lib/mailer';
import { fileTransport, fromAddress, smtpTransport } from './transport';

/** A file sent with an e-mail. With a `cid`, it is an inline image: the HTML shows it as <img src="cid:...">. */
export type EmailAttachment = {
  filename: string;
  contentType: string;
  contentBase64: string;
  cid?: string;
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
    },
  });
  return row.id;
}

export function outboxDir(): string {
  return path.resolve(process.env.OUTBOX_DIR ?? path.join(process.env.DATA_DIR ?? '.data', 'outbox'));
}

/**
 * Delivers one queued message: over SMTP when SMTP_URL is set, otherwise into the local
 * outbox folder (.data/outbox/*.eml) where it can be read, and the owner sees it in /admin.
 */
export async function deliverOutboxMessage(id: string): Promise<void> {
  const message = await prisma.outboxMessage.findUnique({ where: { id } });
  if (!message || message.status === 'SENT' || message.status === 'STORED') return;
  const mail = {
    from: fromAddress(),
    to: message.toEmail,
    subject: message.subject,
    text: message.text,
    html: message.html ?? undefined,
    attachments: attachmentsOf(message.attachments),
    messageId: `<${message.id}@digijalka>`,
  };
  try {
    const smtp = smtpTransport();
    if (smtp) {
      await smtp.sendMail(mail);
    } else {
      const built = await fileTransport.sendMail(mail);
      await mkdir(outboxDir(), { recursive: true });
      const stamp = message.createdAt.toISOString().replaceAll(':', '-');
      await writeFile(path.join(outboxDir(), `${stamp}-${message.id}.eml`), built.message as Buffer);
    }
    await prisma.outboxMessage.update({
      where: { id },
      data: { status: smtp ? 'SENT' : 'STORED', sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
    });
  } catch (error) {
    await prisma.outboxMessage.update({
      where: { id },
      data: { status: 'FAILED', attempts: { increment: 1 }, lastError: String((error as Error).message).slice(0, 500) },
    });
  }
}

/** The stored attachments in nodemailer's terms; anything malformed is left out rather than failing the e-mail. */
function attachmentsOf(stored: Prisma.JsonValue): Mail.Attachment[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const file = item as Partial<EmailAttachment> | null;
    if (!file || typeof file.filename !== 'string' || typeof file.contentType !== 'string' || typeof file.contentBase64 !== 'string') return [];
    return [
      {
        filename: file.filename,
        contentType: file.contentType,
        content: Buffer.from(file.contentBase64, 'base64'),
        ...(typeof file.cid === 'string' ? { cid: file.cid, contentDisposition: 'inline' as const } : {}),
      },
    ];
  });
}

/** Queues and delivers at once (for e-mails that are not part of a larger transaction). */
export async function sendEmail(message: EmailMessage): Promise<string> {
  const id = await queueEmail(message);
  await deliverOutboxMessage(id);
  return id;
}
