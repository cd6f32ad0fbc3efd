import 'server-only';
import { randomUUID } from 'node:crypto';
import { COUNTER_RECEIPT_KIND, pickupReceiptEmail } from '@/lib/email/templates/pickup-receipt';
import type { Tx } from '@/lib/inventory/tx';
import { loadCounterReceipt } from './load-counter-receipt';

/**
 * Queues the e-mailed receipt of a counter sale in the caller's transaction, once per sale.
 * Returns the message's id for sending after the commit, or null (queued before, or no address).
 */
export async function queueCounterReceipt(tx: Tx, orderId: string): Promise<string | null> {
  const receipt = await loadCounterReceipt(tx, orderId);
  if (!receipt?.email) return null;
  const message = await pickupReceiptEmail({
    kind: COUNTER_RECEIPT_KIND,
    seller: receipt.seller,
    locale: receipt.locale,
    to: receipt.email,
    name: receipt.customerName,
    number: receipt.number,
    currency: receipt.currency,
    lines: receipt.lines,
    shippingCents: 0,
    totalCents: receipt.totalCents,
    vatBreakdown: receipt.vatBreakdown,
    paidWith: receipt.paidWith,
    store: receipt.store,
    servedBy: receipt.servedBy,
    pickedUpAt: receipt.soldAt,
  });
  const id = randomUUID();
  const { count } = await tx.outboxMessage.createMany({
    data: [{ id, kind: COUNTER_RECEIPT_KIND, toEmail: message.to, subject: message.subject, text: message.text, html: message.html ?? null, reference: orderId }],
    skipDuplicates: true,
  });
  return count === 1 ? id : null;
}
