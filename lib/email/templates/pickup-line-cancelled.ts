import 'server-only';
import type { EmailMessage } from '../outbox';
import type { PickupEmailOrder } from '@/lib/pickups/load-pickup-email-order';
import { pickupEmailTools } from './pickup-email-parts';

export const PICKUP_LINE_CANCELLED_KIND = 'pickup.line-cancelled';

export type CancelledLine = { id: string; name: string; variantLabel: string | null; quantity: number; lineTotalCents: number };

/** One line of a pickup order could not be found: removed, and refunded or not charged. One per line. */
export async function pickupLineCancelledEmail(order: PickupEmailOrder, line: CancelledLine, refunded: boolean): Promise<EmailMessage> {
  const tools = await pickupEmailTools(order.locale);
  const { t } = tools;
  const number = String(order.number);
  const product = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name;
  return {
    kind: PICKUP_LINE_CANCELLED_KIND,
    reference: line.id,
    to: order.email,
    subject: t('lineCancelled.subject', { number }),
    text: [
      t('greeting', { name: order.name }),
      t('lineCancelled.intro', { product, quantity: line.quantity, number }),
      refunded
        ? t('lineCancelled.refund', { amount: tools.money(line.lineTotalCents, order.currency) })
        : t('lineCancelled.payAtPickup', { amount: tools.money(order.activeTotalCents, order.currency) }),
      t('lineCancelled.rest'),
      t('lineCancelled.sorry'),
      `${t('orderLink')}\n${order.url}`,
      tools.signature,
    ].join('\n\n'),
  };
}
