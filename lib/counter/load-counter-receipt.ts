import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { breakdown, type VatRow } from '@/lib/checkout/compute-quote';
import type { PaymentProvider } from '@/lib/generated/prisma/enums';
import type { Tx } from '@/lib/inventory/tx';
import { getShopSettings } from '@/lib/settings/get-shop-settings';

/** Everything a Finnish receipt of a counter sale shows, for the e-mail and the printed slip. */
export type CounterReceipt = {
  orderId: string;
  number: number;
  locale: AppLocale;
  email: string;
  customerName: string;
  currency: string;
  seller: { name: string; businessId: string | null };
  /** How many days the goods can be brought back (the shop's setting). */
  returnWindowDays: number;
  store: { id: string; name: string; street: string | null; postalCode: string | null; city: string | null };
  soldAt: Date;
  servedBy: string | null;
  lines: { name: string; variantLabel: string | null; sku: string; quantity: number; unitPriceCents: number; lineTotalCents: number; vatRateBp: number }[];
  totalCents: number;
  vatBreakdown: VatRow[];
  paidWith: PaymentProvider | 'SPLIT' | null;
  payments: { provider: PaymentProvider; amountCents: number }[];
  /** The cash the customer handed over (in an exchange: without the cash credit below). */
  givenCents: number | null;
  changeCents: number;
  cardReference: string | null;
  /** An exchange whose cash refund paid part of this sale: the return's number and the credit. */
  exchangeCredit: { returnNumber: number; amountCents: number } | null;
};

/** The receipt of counter sale `orderId`; null when the order is not one. */
export async function loadCounterReceipt(db: Tx, orderId: string): Promise<CounterReceipt | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      channel: true,
      locale: true,
      email: true,
      name: true,
      currency: true,
      totalCents: true,
      placedAt: true,
      pickupStore: { select: { id: true, name: true, street: true, postalCode: true, city: true } },
      soldBy: { select: { name: true } },
      lines: {
        orderBy: { name: 'asc' },
        select: { name: true, variantLabel: true, sku: true, quantity: true, unitPriceCents: true, lineTotalCents: true, vatRateBp: true, vatCents: true },
      },
      payments: { where: { status: 'SUCCEEDED' }, orderBy: { provider: 'asc' }, select: { provider: true, amountCents: true } },
      events: { where: { type: { in: ['sold_at_counter', 'exchanged_at_counter'] } }, select: { type: true, data: true } },
    },
  });
  if (!order || order.channel !== 'STORE' || !order.pickupStore) return null;
  const settings = await getShopSettings(db);
  const sale = (order.events.find((event) => event.type === 'sold_at_counter')?.data ?? {}) as { givenCents?: number | null; changeCents?: number; cardReference?: string | null };
  const exchange = order.events.find((event) => event.type === 'exchanged_at_counter')?.data as
    | { returnNumber: number; cashNetted: boolean; givenCents: number | null; refund: { amountCents: number } | null }
    | undefined;
  const exchangeCredit = exchange?.cashNetted && exchange.refund ? { returnNumber: exchange.returnNumber, amountCents: exchange.refund.amountCents } : null;
  const providers = [...new Set(order.payments.map((payment) => payment.provider))];
  return {
    orderId: order.id,
    number: order.number,
    locale: order.locale,
    email: order.email,
    customerName: order.name,
    currency: order.currency,
    seller: { name: settings.shopName, businessId: settings.businessId },
    returnWindowDays: settings.returnWindowDays,
    store: order.pickupStore,
    soldAt: order.placedAt,
    servedBy: order.soldBy?.name?.trim().split(/\s+/)[0] ?? null,
    lines: order.lines,
    totalCents: order.totalCents,
    vatBreakdown: breakdown(order.lines.map((line) => ({ rateBp: line.vatRateBp, grossCents: line.lineTotalCents, vatCents: line.vatCents }))),
    paidWith: providers.length > 1 ? 'SPLIT' : (providers[0] ?? null),
    payments: order.payments,
    givenCents: exchangeCredit ? exchange!.givenCents : (sale.givenCents ?? null),
    changeCents: sale.changeCents ?? 0,
    cardReference: sale.cardReference ?? null,
    exchangeCredit,
  };
}
