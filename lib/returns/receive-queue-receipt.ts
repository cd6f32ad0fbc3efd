import 'server-only';
import { randomUUID } from 'node:crypto';
import { returnReceiptEmail, type ReturnReceipt } from '@/lib/email/templates/return-receipt';
import type { Tx } from '@/lib/inventory/tx';

/**
 * Queues a received return's receipt in the receiving transaction; once per return (outbox rows
 * are unique per kind and reference). Returns the message's id, or null when it was already queued.
 */
export async function queueReturnReceipt(tx: Tx, returnId: string, receipt: ReturnReceipt): Promise<string | null> {
  const message = await returnReceiptEmail(receipt);
  const id = randomUUID();
  const { count } = await tx.outboxMessage.createMany({
    data: [{ id, kind: message.kind, toEmail: message.to, subject: message.subject, text: message.text, html: null, reference: returnId }],
    skipDuplicates: true,
  });
  return count === 1 ? id : null;
}
