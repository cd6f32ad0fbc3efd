import 'server-only';
import { quoteOrder } from '@/lib/checkout/quote-order';
import { sellAtCounterInTransaction, type CounterSale } from '@/lib/counter/sell-at-counter';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { StockLine } from '@/lib/inventory/stock-lines';
import type { Tx } from '@/lib/inventory/tx';
import { addOnTillKey } from './add-on-till-key';
import { handedOverOrThrow, handOverInTransaction, handOverPickup, type HandedOver, type HandOverPickupInput } from './hand-over-pickup';

export type HandOverWithAddOnsInput = HandOverPickupInput & {
  /** Add-ons ticked at the counter (variant and quantity); none: a plain hand-over. */
  addOns: readonly StockLine[];
  /** The add-ons' total as the counter showed it (and took): another price now refuses it all. */
  addOnsCents: number;
};

export type HandedOverWithAddOns = { handedOver: HandedOver; addOnSale: CounterSale | null };

const NO_SHIPPING = { deliveryCents: 0, parcelLockerCents: 0, freeOverCents: null };

/**
 * "Picked up" with add-ons: the hand-over (lib/pickups/hand-over-pickup.ts) and a counter sale of
 * the add-ons to the same customer, paid the same way, in ONE transaction. When the sale cannot
 * be made (sold out meanwhile, the day closed, prices changed) nothing is done, the hand-over
 * neither: staff were about to take one amount for both. The sale's till key comes from the
 * pickup, and the hand-over locks the order first, so a second press sells nothing more.
 * Both receipts are e-mailed: the pickup's and the counter sale's.
 */
export async function handOverWithAddOns(input: HandOverWithAddOnsInput, actor: { id: string }, now: Date = new Date()): Promise<HandedOverWithAddOns> {
  if (input.addOns.length === 0) return { handedOver: await handOverPickup(input, actor, now), addOnSale: null };
  if (!input.paymentMethod) throw new AppError('VALIDATION', 'storeHandover.errors.paymentMethodRequired', 'paymentMethod');
  const { outcome, addOnSale } = await prisma.$transaction(
    async (tx) => {
      const outcome = await handOverInTransaction(tx, input, actor, now);
      // A refusal (a wrong code's count included) commits as it would without add-ons.
      if (outcome.kind !== 'done') return { outcome, addOnSale: null };
      return { outcome, addOnSale: await sellAddOns(tx, input, outcome.handedOver.orderId, actor, now) };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
  return { handedOver: handedOverOrThrow(outcome), addOnSale };
}

async function sellAddOns(tx: Tx, input: HandOverWithAddOnsInput, orderId: string, actor: { id: string }, now: Date): Promise<CounterSale> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { email: true, locale: true, customer: { select: { id: true, active: true } }, pickup: { select: { id: true } } },
  });
  if (!order.pickup) throw new AppError('INVALID_STATE');
  const quote = await quoteOrder(tx, { lines: input.addOns, fulfilment: 'PICKUP', locale: order.locale }, NO_SHIPPING);
  if (quote.totalCents !== input.addOnsCents) throw new AppError('VALIDATION', 'storeHandover.errors.addOnPricesChanged');
  // The order's customer, or (a guest's order, a closed account) the order's address for the receipt.
  const customerId = order.customer?.active ? order.customer.id : null;
  const sale = await sellAtCounterInTransaction(
    tx,
    {
      storeId: input.storeId,
      tillKey: addOnTillKey(order.pickup.id),
      lines: input.addOns,
      customerId,
      receiptEmail: customerId ? null : order.email,
      // Staff took the amount on screen: exactly the add-ons' part of it, no change to record.
      payment: input.paymentMethod === 'CASH' ? { method: 'CASH', givenCents: quote.totalCents } : { method: 'CARD_TERMINAL', reference: null },
      locale: order.locale,
    },
    actor,
    now,
  );
  await tx.orderEvent.create({
    data: {
      orderId,
      type: 'add_ons_sold',
      actorId: actor.id,
      createdAt: now,
      data: { saleOrderId: sale.orderId, saleNumber: sale.number, amountCents: sale.totalCents, method: input.paymentMethod ?? null },
    },
  });
  return sale;
}
