import 'server-only';
import { prisma } from '@/lib/db';
import { lockOrder } from '@/lib/inventory/lock-order';
import { isPickupConfirmToken } from './pickup-confirm-token';
import { pickupHoldUntil } from './pickup-hold';

export type PickupConfirmation = 'confirmed' | 'already-confirmed' | 'too-late' | 'not-found';

/**
 * A guest opens the link in their pay-at-pickup order's e-mail and confirms the order: from now
 * on its stock is held until the store's pickup deadline (plus a transfer's days), like a
 * signed-in customer's. 'not-found' for a wrong number or secret (the same answer either way),
 * 'too-late' when the order was already released (not confirmed in time) or cancelled, and
 * 'already-confirmed' for a second click. One transaction, the order locked: the expiry job and
 * a confirmation at the same moment cannot both win.
 */
export async function confirmPickupOrder(input: { number: number; token: string }, now: Date = new Date()): Promise<PickupConfirmation> {
  if (!Number.isSafeInteger(input.number) || input.number < 1 || input.number > 2_147_483_647) return 'not-found';
  const found = await prisma.order.findUnique({ where: { number: input.number }, select: { id: true } });
  if (!found || !isPickupConfirmToken(found.id, input.token)) return 'not-found';
  return prisma.$transaction(async (tx) => {
    await lockOrder(tx, found.id);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        status: true,
        confirmedAt: true,
        pickupStore: { select: { pickupDeadlineDays: true } },
        stockTransfers: { where: { status: { in: ['REQUESTED', 'IN_TRANSIT'] } }, select: { id: true } },
      },
    });
    if (order.confirmedAt) return order.status === 'PAY_AT_PICKUP' || order.status === 'FULFILLED' ? 'already-confirmed' : 'too-late';
    if (order.status !== 'PAY_AT_PICKUP' || !order.pickupStore) return 'too-late';
    await tx.order.update({ where: { id: found.id }, data: { confirmedAt: now } });
    await tx.reservation.updateMany({
      where: { orderId: found.id, status: 'ACTIVE' },
      data: { expiresAt: pickupHoldUntil(now, order.pickupStore, order.stockTransfers.length > 0) },
    });
    await tx.orderEvent.create({ data: { orderId: found.id, type: 'confirmed', createdAt: now } });
    return 'confirmed';
  });
}
