import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import { formatCents } from '@/lib/money';
import type { EmailMessage } from '../outbox';

export const RETURN_RECEIPT_KIND = 'return.receipt';

export type ReturnReceipt = {
  locale: AppLocale;
  email: string;
  name: string;
  orderNumber: number;
  returnNumber: number;
  storeName: string;
  currency: string;
  lines: readonly { name: string; variantLabel: string | null; quantity: number; unitPriceCents: number }[];
  /** The order's shipping given back with this return (the whole order came back). */
  shippingCents: number;
  refundCents: number;
  /** How the money goes back; null when nothing is refunded. */
  refundMethod: 'STRIPE' | 'CASH' | 'CARD_TERMINAL' | null;
};

/** The receipt for goods taken back at a store, in the order's language: lines, refund and how. */
export async function returnReceiptEmail(receipt: ReturnReceipt): Promise<EmailMessage> {
  const { locale } = receipt;
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'storeReturns.email' });
  const signature = createTranslator({ locale, messages, namespace: 'email' })('signature');
  const money = (cents: number) => formatCents(cents, locale, receipt.currency);
  const number = String(receipt.returnNumber);

  const lines = receipt.lines.map((line) => {
    const name = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name;
    return `${line.quantity} × ${name}: ${money(line.unitPriceCents * line.quantity)}`;
  });
  if (receipt.shippingCents > 0) lines.push(`${t('shipping')}: ${money(receipt.shippingCents)}`);
  const refund = receipt.refundMethod
    ? t(`refund.${receipt.refundMethod}`, { amount: money(receipt.refundCents) })
    : t('refund.none');

  return {
    kind: RETURN_RECEIPT_KIND,
    to: receipt.email,
    subject: t('subject', { number, order: String(receipt.orderNumber) }),
    text: [
      t('greeting', { name: receipt.name }),
      t('intro', { number, order: String(receipt.orderNumber), store: receipt.storeName }),
      [t('linesTitle'), ...lines].join('\n'),
      refund,
      signature,
    ].join('\n\n'),
  };
}
