import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import type { VatRow } from '@/lib/checkout/compute-quote';
import type { PaymentProvider } from '@/lib/generated/prisma/enums';
import { formatCents } from '@/lib/money';
import { formatVatRate } from '@/lib/orders/format-vat-rate';
import type { EmailMessage } from '../outbox';

export const PICKUP_RECEIPT_KIND = 'pickup.receipt';
export const COUNTER_RECEIPT_KIND = 'counter.receipt';

/** The wording of each kind of receipt (the same parts, said for a pickup or a sale at the counter). */
const WORDING = {
  [PICKUP_RECEIPT_KIND]: 'storeHandover.receipt',
  [COUNTER_RECEIPT_KIND]: 'storeCounter.emailReceipt',
} as const;

export type PickupReceipt = {
  /** A pickup handed over (the default), or a sale at the counter. */
  kind?: keyof typeof WORDING;
  /** Who sold: the shop's name and business ID (Y-tunnus), as a Finnish receipt shows them. */
  seller?: { name: string; businessId: string | null };
  locale: AppLocale;
  to: string;
  name: string;
  number: number;
  currency: string;
  /** The lines handed over (cancelled lines left out). */
  lines: readonly { name: string; variantLabel: string | null; quantity: number; lineTotalCents: number }[];
  shippingCents: number;
  /** What was paid for what was handed over. */
  totalCents: number;
  vatBreakdown: readonly VatRow[];
  /** How it was paid: online (Stripe), or at the counter. */
  paidWith: PaymentProvider | 'SPLIT' | null;
  store: { name: string; street: string | null; postalCode: string | null; city: string | null } | null;
  servedBy: string | null;
  pickedUpAt: Date;
};

/**
 * The receipt a customer gets when they have picked up their order or bought at the counter, in
 * the order's language: what they took, VAT per rate, the total and how it was paid, where, when
 * and who served them.
 */
export async function pickupReceiptEmail(receipt: PickupReceipt): Promise<EmailMessage> {
  const { locale } = receipt;
  const kind = receipt.kind ?? PICKUP_RECEIPT_KIND;
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: WORDING[kind] });
  const signature = createTranslator({ locale, messages, namespace: 'email' })('signature');
  const money = (cents: number) => formatCents(cents, locale, receipt.currency);
  const when = new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(receipt.pickedUpAt);
  const number = String(receipt.number);
  const store = receipt.store;
  const servedBy = receipt.servedBy?.trim().split(/\s+/)[0];

  const lines = receipt.lines.map((line) => {
    const name = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name;
    return `${line.quantity} × ${name}: ${money(line.lineTotalCents)}`;
  });
  const vat = receipt.vatBreakdown.map((row) =>
    t('vatRow', { rate: formatVatRate(row.rateBp, locale), vat: money(row.vatCents), net: money(row.netCents) }),
  );
  const seller = receipt.seller;
  const sections = [
    receipt.name ? t('greeting', { name: receipt.name }) : null,
    t('intro', { number }),
    [t('linesTitle'), ...lines, receipt.shippingCents > 0 ? `${t('shipping')}: ${money(receipt.shippingCents)}` : null]
      .filter(Boolean)
      .join('\n'),
    [
      `${t('total')}: ${money(receipt.totalCents)}`,
      t(`paidWith.${receipt.paidWith ?? 'UNKNOWN'}`),
      t('vatIncluded'),
      ...vat,
    ].join('\n'),
    [
      seller ? [seller.name, seller.businessId ? t('businessId', { id: seller.businessId }) : null].filter(Boolean).join(', ') : null,
      store ? t('store', { store: [store.name, store.street, [store.postalCode, store.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') }) : null,
      t('time', { when }),
      servedBy ? t('servedBy', { name: servedBy }) : null,
      t('orderNumber', { number }),
    ]
      .filter(Boolean)
      .join('\n'),
    t('thanks'),
    signature,
  ];
  return {
    kind,
    to: receipt.to,
    subject: t('subject', { number }),
    text: sections.filter(Boolean).join('\n\n'),
  };
}
