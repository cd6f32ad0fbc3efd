import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/lib/db';
import { returnRequestedEmail } from '@/lib/email/templates/return-requested';
import { queueEmail } from '@/lib/email/outbox';
import { appUrl } from '@/lib/email/translator';
import { AppError } from '@/lib/errors';
import { lockOrder } from '@/lib/inventory/lock-order';
import type { Tx } from '@/lib/inventory/tx';
import { isUuid } from '@/lib/validation/uuid';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { getReturnAddress } from './get-return-address';
import { loadReturnableLines, type ReturnableLines } from './returnable-lines';
import { mayRequestReturn, type ReturnViewer } from './request-return-access';
import { returnQrPng } from './return-qr-image';
import { formatReturnReason, type ReturnReasonCode } from './return-reason';
import { RETURN_DROP_OFF_STORES } from '@/lib/stores/takes-returns';

export type RequestReturnInput = {
  orderId: string;
  /** The lines to return; each quantity a whole number of at least 1. */
  lines: readonly { orderLineId: string; quantity: number }[];
  reason: ReturnReasonCode;
  /** The shopper's own words (optional). */
  note?: string | null;
  method: 'STORE' | 'MAIL';
  /** For method STORE: the store the shopper will bring the goods to. */
  storeId?: string | null;
};

export type RequestedReturn = { returnId: string; number: number; orderNumber: number; emailIds: string[] };

const invalid = (key: string, field?: string) => new AppError('VALIDATION', `returns.errors.${key}`, field);

/**
 * The shopper announces a return: a REQUESTED return with its number, the order's timeline entry
 * and the e-mail with the number and QR, all in one transaction with the order locked (so two
 * requests at once cannot together announce more than was bought). Only the order's customer or a
 * holder of its link may do it; anyone else gets NOT_FOUND, as for an order that does not exist.
 * Send the returned e-mail ids (sendOutboxSoon) after this resolves.
 */
export async function requestReturn(input: RequestReturnInput, viewer: ReturnViewer, now: Date = new Date()): Promise<RequestedReturn> {
  if (!isUuid(input.orderId)) throw new AppError('NOT_FOUND');
  return prisma.$transaction(async (tx) => {
    if (!(await lockOrder(tx, input.orderId))) throw new AppError('NOT_FOUND');
    const order = await tx.order.findUniqueOrThrow({
      where: { id: input.orderId },
      select: { id: true, number: true, customerId: true, accessTokenHash: true, accessLinkExpiresAt: true, locale: true, email: true, name: true },
    });
    if (!mayRequestReturn(order, viewer)) throw new AppError('NOT_FOUND');

    const returnable = await loadReturnableLines(tx, order.id, now);
    const lines = checkLines(input.lines, returnable);
    const storeId = await checkStore(tx, input);

    const created = await tx.return.create({
      data: {
        orderId: order.id,
        status: 'REQUESTED',
        method: input.method,
        requestedStoreId: storeId,
        reason: formatReturnReason(input.reason, input.note),
        createdById: viewer.userId,
        lines: { create: lines.map((line) => ({ orderLineId: line.orderLineId, quantity: line.quantity })) },
      },
      select: { id: true, number: true },
    });
    await tx.orderEvent.create({
      data: { orderId: order.id, type: 'return_requested', actorId: viewer.userId, data: { returnId: created.id, returnNumber: created.number } },
    });

    const emailId = await queueReturnEmail(tx, {
      order,
      returnId: created.id,
      returnNumber: created.number,
      method: input.method,
      storeId,
      lines: lines.map(({ name, variantLabel, quantity }) => ({ name, variantLabel, quantity })),
      pageUrl: returnPageUrl(order.number, created.number, order.locale, viewer),
      qrPng: await returnQrPng(created.number),
    });
    return { returnId: created.id, number: created.number, orderNumber: order.number, emailIds: [emailId] };
  });
}

/** The requested lines, each checked against what can still be returned; with their names for the e-mail. */
function checkLines(requested: RequestReturnInput['lines'], returnable: ReturnableLines) {
  if (requested.length === 0) throw invalid('noLines');
  if (returnable.refusal) throw invalid(returnable.refusal);
  const seen = new Set<string>();
  return requested.map((line) => {
    const field = `quantity-${line.orderLineId}`;
    if (seen.has(line.orderLineId)) throw invalid('duplicateLine', field);
    seen.add(line.orderLineId);
    const known = returnable.lines.find((candidate) => candidate.orderLineId === line.orderLineId);
    if (!known) throw invalid('lineNotInOrder');
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) throw invalid('quantityInvalid', field);
    if (known.cancelled) throw invalid('lineCancelled', field);
    if (known.finalSale) throw invalid('finalSale', field);
    const available = known.returnableQuantity - known.requestedQuantity;
    if (line.quantity > available) throw invalid(available > 0 ? 'tooMany' : known.requestedQuantity > 0 ? 'alreadyRequested' : 'alreadyReturned', field);
    return { orderLineId: known.orderLineId, name: known.name, variantLabel: known.variantLabel, quantity: line.quantity };
  });
}

async function checkStore(tx: Tx, input: RequestReturnInput): Promise<string | null> {
  if (input.method === 'MAIL') return null;
  if (!input.storeId) throw invalid('storeRequired', 'storeId');
  const store = isUuid(input.storeId)
    ? await tx.store.findUnique({ where: { id: input.storeId }, select: { id: true, kind: true, returnsEnabled: true } })
    : null;
  if (!store || store.kind !== RETURN_DROP_OFF_STORES.kind || !store.returnsEnabled) throw invalid('storeNoReturns', 'storeId');
  return store.id;
}

type EmailContext = {
  order: { number: number; locale: AppLocale; email: string; name: string };
  returnId: string;
  returnNumber: number;
  method: 'STORE' | 'MAIL';
  storeId: string | null;
  lines: { name: string; variantLabel: string | null; quantity: number }[];
  pageUrl: string;
  qrPng: Buffer;
};

async function queueReturnEmail(tx: Tx, context: EmailContext): Promise<string> {
  const [settings, store, mailAddress] = await Promise.all([
    getShopSettings(tx),
    context.storeId
      ? tx.store.findUnique({
          where: { id: context.storeId },
          select: { name: true, street: true, postalCode: true, city: true, openingHours: { select: { weekday: true, opensAt: true, closesAt: true } } },
        })
      : null,
    context.method === 'MAIL' ? getReturnAddress(tx) : null,
  ]);
  const message = await returnRequestedEmail({
    returnId: context.returnId,
    returnNumber: context.returnNumber,
    orderNumber: context.order.number,
    locale: context.order.locale,
    to: context.order.email,
    name: context.order.name,
    lines: context.lines,
    method: context.method,
    store,
    mailAddress,
    shopName: settings.shopName,
    contactEmail: settings.contact.email,
    pageUrl: context.pageUrl,
    qrPng: context.qrPng,
  });
  return queueEmail(message, tx);
}

/** The return's page: through the guest link when that is how the shopper came, else the account. */
function returnPageUrl(orderNumber: number, returnNumber: number, locale: AppLocale, viewer: ReturnViewer): string {
  if (viewer.token) return appUrl(`/order/${orderNumber}/return/${returnNumber}?token=${encodeURIComponent(viewer.token)}`, locale);
  return appUrl(`/account/orders/${orderNumber}/return/${returnNumber}`, locale);
}
