import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/lib/db';
import type { StockLine } from '@/lib/inventory/stock-lines';
import { stripeConfigured } from '@/lib/payments/stripe';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { computeQuote, type FulfilmentType, type Quote } from './compute-quote';
import { loadStockPicture } from './load-stock-picture';
import { getPickupOptions, type PickupOption } from './pickup-options';
import { planDelivery } from './plan-sources';
import { quoteOrder } from './quote-order';

export type CheckoutOptions = {
  /** The order priced for each way of getting it (they differ by shipping). */
  quotes: Record<FulfilmentType, Quote>;
  pickupOptions: PickupOption[];
  /** The web warehouse has every line (home delivery and parcel lockers ship from there). */
  deliveryAvailable: boolean;
  /** Stripe is configured; without it, pay at pickup is the only way to pay. */
  cardPayments: boolean;
};

/** What the checkout page offers for these cart lines. Throws PRODUCT_UNAVAILABLE / VALIDATION like quoteOrder. */
export async function getCheckoutOptions(lines: readonly StockLine[], locale: AppLocale, now: Date = new Date()): Promise<CheckoutOptions> {
  const settings = await getShopSettings();
  const pickupQuote = await quoteOrder(prisma, { lines, fulfilment: 'PICKUP', locale }, settings.shipping);
  const stockLines = pickupQuote.lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity }));
  const [pickupOptions, picture] = await Promise.all([
    getPickupOptions(stockLines, now),
    loadStockPicture(prisma, stockLines.map((line) => line.variantId)),
  ]);
  return {
    quotes: {
      PICKUP: pickupQuote,
      DELIVERY: computeQuote(pickupQuote.lines, 'DELIVERY', settings.shipping),
      PARCEL_LOCKER: computeQuote(pickupQuote.lines, 'PARCEL_LOCKER', settings.shipping),
    },
    pickupOptions,
    deliveryAvailable: planDelivery(stockLines, picture.locations, picture.available) !== null,
    cardPayments: stripeConfigured(),
  };
}
