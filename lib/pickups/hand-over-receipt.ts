import 'server-only';
import { randomUUID } from 'node:crypto';
import { breakdown, SHIPPING_VAT_RATE_BP } from '@/lib/checkout/compute-quote';
import { PICKUP_RECEIPT_KIND, pickupReceiptEmail } from '@/lib/email/templates/pickup-receipt';
import type { Tx } from '@/lib/inventory/tx';
import { activeTotalCents } from '@/lib/orders/order-balance';
import { getShopSettings } from '@/lib/settings/get-shop-settings';

/**
 * Queues the receipt of a handed-over pickup in the caller's transaction, once per order (outbox
 * rows are unique per kind and reference). Returns the message's id for sending after commit, or
 * null when it had been queued before.
 */
export async function queuePickupReceipt(tx: Tx, orderId: string, pickedUpAt: Date): Promise<string | null> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      number: true,
      locale: true,
      email: true,
      name: true,
      currency: true,
      totalCents: true,
      shippingCents: true,
      vatCents: true,
      lines: {
        orderBy: { name: 'asc' },
        select: { name: true, variantLabel: true, quantity: true, lineTotalCents: true, vatRateBp: true, vatCents: true, cancelledAt: true },
      },
      payments: { where: { status: 'SUCCEEDED' }, orderBy: { createdAt: 'desc' }, take: 1, select: { provider: true } },
      pickup: {
        select: {
          store: { select: { name: true, street: true, postalCode: true, city: true } },
          handedOverBy: { select: { name: true } },
        },
      },
    },
  });
  const settings = await getShopSettings(tx);
  const allLinesVat = order.lines.reduce((sum, line) => sum + line.vatCents, 0);
  const lines = order.lines.filter((line) => !line.cancelledAt);
  const message = await pickupReceiptEmail({
    seller: { name: settings.shopName, businessId: settings.businessId },
    locale: order.locale,
    to: order.email,
    name: order.name,
    number: order.number,
    currency: order.currency,
    lines,
    shippingCents: order.shippingCents,
    totalCents: activeTotalCents(order),
    vatBreakdown: breakdown([
      ...lines.map((line) => ({ rateBp: line.vatRateBp, grossCents: line.lineTotalCents, vatCents: line.vatCents })),
      { rateBp: SHIPPING_VAT_RATE_BP, grossCents: order.shippingCents, vatCents: order.vatCents - allLinesVat },
    ]),
    paidWith: order.payments[0]?.provider ?? null,
    store: order.pickup?.store ?? null,
    servedBy: order.pickup?.handedOverBy?.name ?? null,
    pickedUpAt,
  });
  const id = randomUUID();
  const { count } = await tx.outboxMessage.createMany({
    data: [{ id, kind: PICKUP_RECEIPT_KIND, toEmail: message.to, subject: message.subject, text: message.text, html: message.html ?? null, reference: orderId }],
    skipDuplicates: true,
  });
  return count === 1 ? id : null;
}
