import 'server-only';
import { randomUUID } from 'node:crypto';
import type { AppLocale } from '@/i18n/routing';
import { isUuid } from '@/lib/cart/cart-db';
import { AppError, isAppError } from '@/lib/errors';
import type { OrderChannel } from '@/lib/generated/prisma/enums';
import { reserveStock } from '@/lib/inventory/reserve-stock';
import { compareIds, type StockLine } from '@/lib/inventory/stock-lines';
import type { Tx } from '@/lib/inventory/tx';
import { orderLineRows } from '@/lib/orders/order-line-rows';
import { orderLinkExpiry, orderLinkToken } from '@/lib/orders/order-link-token';
import { queueOrderConfirmation } from '@/lib/orders/queue-order-confirmation';
import type { ShopSettings } from '@/lib/settings/shop-settings';
import type { QuoteLine } from './compute-quote';
import { loadStockPicture } from './load-stock-picture';
import { CONFIRM_MINUTES } from './pay-at-pickup-limits';
import { pickupConfirmToken } from './pickup-confirm-token';
import { pickupHoldUntil } from './pickup-hold';
import { planDelivery, planPickup, warehouseId, type SourcedLine } from './plan-sources';
import { quoteOrder } from './quote-order';
import type { CheckoutContact, CheckoutFulfilment, PaymentMethod, PlacedOrder } from './types';

export type NewOrder = {
  /** The web shop, or staff ordering for a customer at a store's counter. */
  channel: OrderChannel;
  /** What and how many (the story or event page each was added from, for attribution). */
  lines: readonly (StockLine & { contentId?: string | null })[];
  locale: AppLocale;
  contact: CheckoutContact;
  fulfilment: CheckoutFulfilment;
  payment: PaymentMethod;
  /** The customer's account, or null for a guest. */
  customerId: string | null;
  /** Who placed it when not the customer (staff at the counter). */
  actorId?: string;
  /** More for the timeline's 'placed' event (e.g. the store where staff ordered it). */
  placedData?: Record<string, string>;
  /** How long a card order holds its stock unpaid; the shop's setting by default. */
  holdMinutes?: number;
  /** The total shown to the shopper; a different total today refuses the order (CART_CHANGED). */
  expectedTotalCents?: number;
};

/**
 * Creates an order in the caller's transaction: prices and VAT from the database, the order with
 * its line snapshots and a 'placed' event, the stock held (at the pickup store, the warehouse for
 * delivery, or the source of a transfer to the pickup store) until the payment deadline, a pickup
 * for the store's queue, and for pay-at-pickup the confirmation e-mail queued. A guest's
 * pay-at-pickup order waits for the link in that e-mail (confirmedAt null) and holds its stock
 * only CONFIRM_MINUTES until then. Refusals: CART_EMPTY, CART_CHANGED, VALIDATION (with a message
 * key and field), PRODUCT_UNAVAILABLE and OUT_OF_STOCK (message: the product's name).
 */
export async function createOrder(tx: Tx, input: NewOrder, settings: Pick<ShopSettings, 'shipping' | 'reservationMinutes'>, now: Date): Promise<PlacedOrder> {
  const items = input.lines;
  // The story or event page each line was added from (attribution), kept on the order line.
  const contentOf = new Map(items.map((item) => [item.variantId, item.contentId]));
  const quote = await quoteOrder(tx, { lines: items, fulfilment: input.fulfilment.type, locale: input.locale }, settings.shipping);
  if (input.expectedTotalCents !== undefined && input.expectedTotalCents !== quote.totalCents) {
    throw new AppError('CART_CHANGED');
  }
  const fulfilment = input.fulfilment;
  const pickupStore = fulfilment.type === 'PICKUP' ? await findPickupStore(tx, fulfilment.storeId) : null;
  const plan = await planSources(tx, quote.lines, pickupStore?.id ?? null);
  const transfers = pickupStore ? plan.filter((line) => line.sourceStoreId !== pickupStore.id) : [];
  const status = input.payment === 'CARD' ? 'PENDING_PAYMENT' : 'PAY_AT_PICKUP';
  const awaitingConfirmation = status === 'PAY_AT_PICKUP' && !input.customerId;
  const expiresAt = holdUntil(now, pickupStore && status === 'PAY_AT_PICKUP' ? { ...pickupStore, transfer: transfers.length > 0 } : null, {
    reservationMinutes: input.holdMinutes ?? settings.reservationMinutes,
    awaitingConfirmation,
  });
  const orderId = randomUUID();
  const link = orderLinkToken(orderId, 0);

  const order = await tx.order.create({
    data: {
      id: orderId,
      channel: input.channel,
      fulfilment: fulfilment.type,
      status,
      customerId: input.customerId,
      email: input.contact.email.trim().toLowerCase(),
      name: input.contact.name,
      phone: input.contact.phone,
      locale: input.locale,
      pickupStoreId: pickupStore?.id ?? null,
      shippingStreet: fulfilment.type === 'DELIVERY' ? fulfilment.street : null,
      shippingPostalCode: fulfilment.type === 'DELIVERY' ? fulfilment.postalCode : null,
      shippingCity: fulfilment.type === 'DELIVERY' ? fulfilment.city : null,
      shippingCountry: fulfilment.type === 'DELIVERY' ? 'FI' : null,
      parcelLockerName: fulfilment.type === 'PARCEL_LOCKER' ? fulfilment.lockerName : null,
      subtotalCents: quote.subtotalCents,
      shippingCents: quote.shippingCents,
      vatCents: quote.vatCents,
      totalCents: quote.totalCents,
      accessTokenHash: link.hash,
      accessLinkExpiresAt: orderLinkExpiry(now),
      placedAt: now,
      confirmedAt: awaitingConfirmation ? null : now,
      lines: { create: orderLineRows(quote.lines, (variantId) => contentOf.get(variantId) ?? null) },
      pickup: pickupStore ? { create: { storeId: pickupStore.id } } : undefined,
      events: {
        create: { type: 'placed', actorId: input.actorId ?? input.customerId, data: { payment: input.payment, fulfilment: fulfilment.type, ...input.placedData }, createdAt: now },
      },
    },
    select: { id: true, number: true },
  });

  const transferTo = pickupStore?.id ?? '';
  for (const [sourceStoreId, lines] of transferTo ? groupBySource(transfers) : []) {
    await tx.stockTransfer.create({
      data: {
        fromStoreId: sourceStoreId,
        toStoreId: transferTo,
        orderId: order.id,
        note: `Tilaus ${order.number}`,
        lines: { create: lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })) },
      },
    });
  }
  const emailId =
    status === 'PAY_AT_PICKUP'
      ? await queueOrderConfirmation(tx, order.id, {
          placedInThisTransaction: true,
          accessToken: link.token,
          confirm: awaitingConfirmation ? { token: pickupConfirmToken(order.id), minutes: CONFIRM_MINUTES } : undefined,
        })
      : null;

  // Last, so that the stock rows stay locked for as short a time as possible.
  await reserveAll(tx, order.id, plan, expiresAt, quote.lines);
  return { orderId: order.id, number: order.number, status, accessToken: link.token, awaitingConfirmation, emailIds: emailId ? [emailId] : [] };
}

/**
 * How long the stock is held: a card payer has the configured minutes to pay; a pay-at-pickup
 * order until its pickup deadline (plus the transfer's days when goods come from elsewhere), or
 * CONFIRM_MINUTES while a guest's order waits for its e-mail link.
 */
function holdUntil(
  now: Date,
  payAtPickup: { pickupDeadlineDays: number; transfer: boolean } | null,
  { reservationMinutes, awaitingConfirmation }: { reservationMinutes: number; awaitingConfirmation: boolean },
): Date {
  if (!payAtPickup) return new Date(now.getTime() + reservationMinutes * 60_000);
  if (awaitingConfirmation) return new Date(now.getTime() + CONFIRM_MINUTES * 60_000);
  return pickupHoldUntil(now, payAtPickup, payAtPickup.transfer);
}

async function findPickupStore(tx: Tx, storeId: string) {
  const store = isUuid(storeId)
    ? await tx.store.findFirst({ where: { id: storeId, kind: 'STORE', pickupEnabled: true }, select: { id: true, pickupDeadlineDays: true } })
    : null;
  if (!store) throw new AppError('VALIDATION', 'pickupStoreInvalid', 'pickupStoreId');
  return store;
}

/** Where each line is held; OUT_OF_STOCK (with the product's name) when a line is nowhere to be had. */
async function planSources(tx: Tx, lines: readonly QuoteLine[], pickupStoreId: string | null): Promise<SourcedLine[]> {
  const stockLines: StockLine[] = lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity }));
  const { locations, available } = await loadStockPicture(tx, stockLines.map((line) => line.variantId));
  const plan = pickupStoreId ? planPickup(stockLines, pickupStoreId, locations, available) : planDelivery(stockLines, locations, available);
  if (plan) return plan;
  if (!pickupStoreId && !warehouseId(locations)) throw new AppError('VALIDATION', 'deliveryUnavailable', 'fulfilment');
  const missing = lines.find((line) => {
    const one = [{ variantId: line.variantId, quantity: line.quantity }];
    return !(pickupStoreId ? planPickup(one, pickupStoreId, locations, available) : planDelivery(one, locations, available));
  });
  throw new AppError('OUT_OF_STOCK', displayName(missing ?? lines[0]));
}

/** Holds the stock, source by source in store id order (with lines in variant id order inside). */
async function reserveAll(tx: Tx, orderId: string, plan: readonly SourcedLine[], expiresAt: Date, lines: readonly QuoteLine[]) {
  const sources = [...groupBySource(plan)].sort(([a], [b]) => compareIds(a, b));
  try {
    for (const [storeId, sourceLines] of sources) {
      await reserveStock(tx, { orderId, storeId, lines: sourceLines, expiresAt });
    }
  } catch (error) {
    if (!isAppError(error, 'OUT_OF_STOCK')) throw error;
    const line = lines.find((candidate) => candidate.variantId === error.message);
    throw new AppError('OUT_OF_STOCK', line ? displayName(line) : error.message);
  }
}

function groupBySource(lines: readonly SourcedLine[]): Map<string, SourcedLine[]> {
  const groups = new Map<string, SourcedLine[]>();
  for (const line of lines) groups.set(line.sourceStoreId, [...(groups.get(line.sourceStoreId) ?? []), line]);
  return groups;
}

function displayName(line: Pick<QuoteLine, 'name' | 'variantLabel'>): string {
  return line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name;
}
