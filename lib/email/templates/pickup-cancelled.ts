import 'server-only';
import type { EmailMessage } from '../outbox';
import type { PickupEmailOrder } from '@/lib/pickups/load-pickup-email-order';
import { pickupEmailTools } from './pickup-email-parts';

export const PICKUP_CANCELLED_KIND = 'pickup.cancelled';

export type PickupCancelReason = 'missing_items' | 'uncollected' | 'expired';

/** The whole pickup order was called off: why, and what is refunded (or that nothing is charged). One per order. */
export async function pickupCancelledEmail(
  order: PickupEmailOrder,
  details: { orderId: string; reason: PickupCancelReason; refundedCents: number },
): Promise<EmailMessage> {
  const tools = await pickupEmailTools(order.locale);
  const { t } = tools;
  const number = String(order.number);
  return {
    kind: PICKUP_CANCELLED_KIND,
    reference: details.orderId,
    to: order.email,
    subject: t('cancelled.subject', { number }),
    text: [
      t('greeting', { name: order.name }),
      t(`cancelled.${details.reason}`, { number }),
      details.refundedCents > 0 ? t('cancelled.refund', { amount: tools.money(details.refundedCents, order.currency) }) : t('cancelled.nothingCharged'),
      t('cancelled.sorry'),
      `${t('orderLink')}\n${order.url}`,
      tools.signature,
    ].join('\n\n'),
  };
}
