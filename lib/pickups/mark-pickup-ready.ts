import 'server-only';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { pickupReadyEmail } from '@/lib/email/templates/pickup-ready';
import { AppError } from '@/lib/errors';
import { afterCommit } from './after-commit';
import { isOpenPickupOrder, lockStorePickup, type StorePickupRef } from './lock-store-pickup';
import { loadPickupEmailOrder } from './load-pickup-email-order';
import { hashPickupCode, newPickupCode, pickupQrText } from './pickup-code';
import { pickupQrPng } from './pickup-qr';

const DAY_MS = 86_400_000;

export type MarkPickupReadyResult = { alreadyReady: boolean; deadlineAt: Date | null };

/**
 * Every found line is picked and nothing is on its way: the order is ready for pickup. Once
 * only: the pickup moves PENDING/PICKING -> READY_FOR_PICKUP in a conditional update, so a
 * second press (or two staff at once) changes nothing and sends no second e-mail. A new pickup
 * code is made (only its hash is stored), the deadline is set by the store's pickup days, a
 * pay-at-pickup order's holds last until then, and the customer gets the code (text and QR).
 * Refusals: NOT_FOUND, INVALID_STATE (picked up, cancelled, expired), VALIDATION (lines not
 * picked, goods in transit).
 */
export async function markPickupReady(ref: StorePickupRef, actorId: string, now: Date = new Date()): Promise<MarkPickupReadyResult> {
  const result = await prisma.$transaction(async (tx) => {
    const pickup = await lockStorePickup(tx, ref);
    const { order } = pickup;
    if (pickup.status === 'READY_FOR_PICKUP') return { alreadyReady: true, deadlineAt: pickup.deadlineAt, emailId: null };
    if (!isOpenPickupOrder(order.status) || (pickup.status !== 'PENDING' && pickup.status !== 'PICKING')) {
      throw new AppError('INVALID_STATE', 'storePickups.errors.cannotBeReady');
    }
    const active = order.lines.filter((line) => !line.cancelledAt);
    if (active.length === 0) throw new AppError('INVALID_STATE', 'storePickups.errors.noLines');
    if (active.some((line) => !line.pickedAt)) throw new AppError('VALIDATION', 'storePickups.errors.notAllPicked');
    if (order.stockTransfers.length > 0) throw new AppError('VALIDATION', 'storePickups.errors.transferInTransit');

    const code = newPickupCode();
    const deadlineAt = new Date(now.getTime() + pickup.store.pickupDeadlineDays * DAY_MS);
    const { count } = await tx.pickup.updateMany({
      where: { id: pickup.id, status: { in: ['PENDING', 'PICKING'] } },
      data: { status: 'READY_FOR_PICKUP', codeHash: hashPickupCode(code), readyAt: now, deadlineAt, failedAttempts: 0, lockedUntil: null },
    });
    if (count === 0) return { alreadyReady: true, deadlineAt: null, emailId: null };
    if (order.status === 'PAY_AT_PICKUP') {
      await tx.reservation.updateMany({ where: { orderId: order.id, status: 'ACTIVE' }, data: { expiresAt: deadlineAt } });
    }
    await tx.orderEvent.create({ data: { orderId: order.id, type: 'ready_for_pickup', actorId, data: { deadlineAt: deadlineAt.toISOString() }, createdAt: now } });
    const store = await tx.store.findUniqueOrThrow({ where: { id: pickup.storeId }, select: { slug: true } });
    const qrPng = await pickupQrPng(pickupQrText(store.slug, order.number, code));
    const message = await pickupReadyEmail(await loadPickupEmailOrder(tx, order.id), { pickupId: pickup.id, code, qrPng, deadlineAt });
    const emailId = await queueEmail(message, tx);
    return { alreadyReady: false, deadlineAt, emailId };
  });
  await afterCommit({ emailIds: [result.emailId] });
  return { alreadyReady: result.alreadyReady, deadlineAt: result.deadlineAt };
}
