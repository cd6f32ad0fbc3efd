import 'server-only';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import type Mail from 'nodemailer/lib/mailer';
import { prisma } from '@/lib/db';
import type { OutboxMessage, Prisma } from '@/lib/generated/prisma/client';
import type { OutboxClaim } from './claim-outbox-messages';
import { outboxDir, outboxFile } from './outbox-dir';
import { redactedBody } from './redact-secrets';
import { fileTransport, fromAddress, smtpMaxConnections, smtpTransport } from './transport';

export type DeliveryCounts = {
  /** Sent over SMTP, or stored in the outbox folder. */
  delivered: number;
  /** Failed this time (FAILED; the sweep tries again later). */
  failed: number;
  /** Not tried (the claim's time to start a send had passed, or the worker is stopping): free for the next worker at once. */
  returned: number;
};

type Outcome = keyof DeliveryCounts;

/** Delivery attempts per message; after the last failure the message is given up. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/**
 * Delivers the messages this worker has claimed, several at a time (over the pooled SMTP
 * connections, or into the local outbox folder when SMTP_URL is not set), and records each result
 * as soon as it is known. Once `signal` aborts (a worker shutting down), no further send starts and
 * the rest are given back. Each message keeps the Message-ID `<id@digijalka>`, so a message sent
 * again after a worker died between sending and recording is recognisable as the same one.
 */
export async function deliverClaimedMessages(claims: OutboxClaim[], options: { signal?: AbortSignal } = {}): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { delivered: 0, failed: 0, returned: 0 };
  // A few more sends in hand than connections, so a connection never waits for our bookkeeping.
  const parallel = smtpTransport() ? smtpMaxConnections() * 2 : 4;
  let next = 0;
  const runner = async () => {
    while (next < claims.length) {
      const claim = claims[next++];
      counts[await deliverClaimed(claim, options.signal)] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, claims.length) }, runner));
  return counts;
}

async function deliverClaimed(claim: OutboxClaim, signal: AbortSignal | undefined): Promise<Outcome> {
  const { message, claimedUntil } = claim;
  const ours = { id: message.id, status: 'SENDING' as const, claimedUntil };
  if (Date.now() >= claim.sendBefore || signal?.aborted) {
    // Ends the lease now: any worker may take the message at once.
    await prisma.outboxMessage.updateMany({ where: ours, data: { claimedUntil: new Date() } });
    return 'returned';
  }
  let outcome: Outcome;
  let data: Prisma.OutboxMessageUpdateManyMutationInput;
  try {
    const viaSmtp = await send(message);
    outcome = 'delivered';
    // Sent: the stored copy no longer needs the links and codes that work (lib/email/redact-secrets.ts).
    data = { status: viaSmtp ? 'SENT' : 'STORED', sentAt: new Date(), attempts: { increment: 1 }, lastError: null, claimedUntil: null, ...redactedBody(message) };
  } catch (error) {
    outcome = 'failed';
    const givenUp = message.attempts + 1 >= MAX_DELIVERY_ATTEMPTS;
    data = {
      status: 'FAILED',
      attempts: { increment: 1 },
      lastError: String((error as Error).message).slice(0, 500),
      claimedUntil: null,
      ...(givenUp ? redactedBody(message) : {}),
    };
  }
  const { count } = await prisma.outboxMessage.updateMany({ where: ours, data });
  if (count === 0) console.warn(`E-mail ${message.id}: its claim ran out before the result was recorded; another worker has it.`);
  return outcome;
}

/** Sends one message; true when it went over SMTP, false when it was stored in the outbox folder. */
async function send(message: OutboxMessage): Promise<boolean> {
  const mail: Mail.Options = {
    from: fromAddress(),
    to: message.toEmail,
    subject: message.subject,
    text: message.text,
    html: message.html ?? undefined,
    attachments: attachmentsOf(message.attachments),
    messageId: `<${message.id}@digijalka>`,
  };
  const smtp = smtpTransport();
  if (smtp) {
    await smtp.sendMail(mail);
    return true;
  }
  const built = await fileTransport.sendMail(mail);
  // The files are the recipients' mail, links and codes included: readable by the app's user only.
  await mkdir(outboxDir(), { recursive: true, mode: 0o700 });
  await chmod(outboxDir(), 0o700);
  await writeFile(outboxFile(message), built.message as Buffer, { mode: 0o600 });
  return false;
}

type StoredAttachment = { filename?: unknown; contentType?: unknown; contentBase64?: unknown; cid?: unknown };

/** The stored attachments in nodemailer's terms; anything malformed is left out rather than failing the e-mail. */
function attachmentsOf(stored: Prisma.JsonValue): Mail.Attachment[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const file = item as StoredAttachment | null;
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
