import 'server-only';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { sendRefund } from '@/lib/payments/send-refund';

/**
 * What a pickup change leaves to do once its transaction has committed: Stripe pays the refunds
 * (sendRefund never throws for Stripe's answers) and the customer's e-mails go out.
 */
export async function afterCommit(work: { refundIds?: readonly (string | null)[]; emailIds?: readonly (string | null)[] }): Promise<void> {
  for (const refundId of work.refundIds ?? []) {
    if (refundId) await sendRefund(refundId);
  }
  await sendOutboxSoon((work.emailIds ?? []).filter((id): id is string => Boolean(id)));
}
