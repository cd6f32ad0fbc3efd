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

export type PickupReceipt = {
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
  paidWith: PaymentProvider | null;
  store: { name: string; street: string | null; postalCode: string | null; city: string | null } | null;
  servedBy: string | null;
  pickedUpAt: Date;
};

/**
 * The receipt a customer gets when they have picked up their order, in the order's language:
 * what they took, VAT per rate, the total and how it was paid, where, when and who served them.
 */
export async function pickupReceiptEmail(receipt: PickupReceipt): Promise<EmailMessage> {
  const { locale } = receipt;
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'storeHandover.receipt' });
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
  const sections = [
    t('greeting', { name: receipt.name }),
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
    kind: PICKUP_RECEIPT_KIND,
    to: receipt.to,
    subject: t('subject', { number }),
    text: sections.filter(Boolean).join('\n\n'),
  };
}
