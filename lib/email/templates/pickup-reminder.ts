import 'server-only';
import type { EmailMessage } from '../outbox';
import type { PickupEmailOrder } from '@/lib/pickups/load-pickup-email-order';
import { pickupEmailTools, storeBlock } from './pickup-email-parts';

export const PICKUP_REMINDER_KIND = 'pickup.reminder';

/** "Your order is still waiting", a few days before the last pickup day. One per pickup. */
export async function pickupReminderEmail(order: PickupEmailOrder, details: { pickupId: string; deadlineAt: Date }): Promise<EmailMessage> {
  const tools = await pickupEmailTools(order.locale);
  const { t } = tools;
  const number = String(order.number);
  return {
    kind: PICKUP_REMINDER_KIND,
    reference: details.pickupId,
    to: order.email,
    subject: t('reminder.subject', { number }),
    text: [
      t('greeting', { name: order.name }),
      t('reminder.intro', { number, store: order.store.name }),
      t('reminder.deadline', { date: tools.date(details.deadlineAt) }),
      t('reminder.code'),
      storeBlock(order.store, tools, order.locale),
      order.status === 'PAY_AT_PICKUP' ? t('ready.payAtPickup', { amount: tools.money(order.activeTotalCents, order.currency) }) : null,
      `${t('orderLink')}\n${order.url}`,
      tools.signature,
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}
