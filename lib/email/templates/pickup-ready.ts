import 'server-only';
import type { EmailMessage } from '../outbox';
import type { PickupEmailOrder } from '@/lib/pickups/load-pickup-email-order';
import { escapeHtml, htmlDocument, htmlParagraphs, pickupEmailTools, storeBlock } from './pickup-email-parts';

export const PICKUP_READY_KIND = 'pickup.ready';
export const PICKUP_QR_CID = 'pickup-qr@digijalka';

export type PickupReadyDetails = {
  pickupId: string;
  code: string;
  /** The QR of the hand-over link with the code, as a PNG. */
  qrPng: Buffer;
  deadlineAt: Date;
};

/**
 * "Your order is ready", in the order's language: the pickup code in big letters and as a QR
 * (an inline image), the store's address and hours, the last pickup day, what is left to pay,
 * and the link to the order's page. One per pickup (kind + reference).
 */
export async function pickupReadyEmail(order: PickupEmailOrder, details: PickupReadyDetails): Promise<EmailMessage> {
  const tools = await pickupEmailTools(order.locale);
  const { t } = tools;
  const number = String(order.number);
  const payment =
    order.status === 'PAY_AT_PICKUP' ? t('ready.payAtPickup', { amount: tools.money(order.activeTotalCents, order.currency) }) : t('ready.paid');
  const intro = [t('greeting', { name: order.name }), t('ready.intro', { number, store: order.store.name })];
  const after = [t('ready.deadline', { date: tools.date(details.deadlineAt) }), storeBlock(order.store, tools, order.locale), payment];
  const text = [
    ...intro,
    `${t('ready.codeTitle')}: ${details.code}\n${t('ready.codeHelp')}`,
    ...after,
    `${t('orderLink')}\n${order.url}`,
    tools.signature,
  ].join('\n\n');
  const codeHtml =
    `<p style="margin: 24px 0 4px;">${escapeHtml(t('ready.codeTitle'))}</p>` +
    `<p style="margin: 0; font-size: 40px; font-weight: bold; letter-spacing: 8px; font-family: 'Courier New', monospace;">${escapeHtml(details.code)}</p>` +
    `<p><img src="cid:${PICKUP_QR_CID}" width="200" height="200" alt="${escapeHtml(t('ready.qrAlt'))}"></p>` +
    `<p>${escapeHtml(t('ready.codeHelp'))}</p>`;
  const html = htmlDocument(
    order.locale,
    [
      htmlParagraphs(intro),
      codeHtml,
      htmlParagraphs(after),
      `<p>${escapeHtml(t('orderLink'))}<br><a href="${escapeHtml(order.url)}">${escapeHtml(order.url)}</a></p>`,
      htmlParagraphs([tools.signature]),
    ].join('\n'),
  );
  return {
    kind: PICKUP_READY_KIND,
    reference: details.pickupId,
    to: order.email,
    subject: t('ready.subject', { number }),
    text,
    html,
    attachments: [
      { filename: `nouto-${number}.png`, contentType: 'image/png', contentBase64: details.qrPng.toString('base64'), cid: PICKUP_QR_CID, secret: true },
    ],
    secrets: [details.code],
  };
}
