import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { isOpenPickupOrder, lockStorePickup, type StorePickupRef } from './lock-store-pickup';

/**
 * Ticks a line off as picked (or takes the tick back). The first pick moves the pickup from
 * PENDING to PICKING. Refusals: NOT_FOUND (not this store's order or line), INVALID_STATE (the
 * order is ready, picked up, cancelled or expired, or the line was cancelled).
 */
export async function setLinePicked(ref: StorePickupRef & { lineId: string; picked: boolean }, now: Date = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const pickup = await lockStorePickup(tx, ref);
    const line = pickup.order.lines.find((candidate) => candidate.id === ref.lineId);
    if (!line) throw new AppError('NOT_FOUND');
    if (!isOpenPickupOrder(pickup.order.status)) throw new AppError('INVALID_STATE', 'storePickups.errors.orderClosed');
    if (pickup.status !== 'PENDING' && pickup.status !== 'PICKING') throw new AppError('INVALID_STATE', 'storePickups.errors.notPickable');
    if (line.cancelledAt) throw new AppError('INVALID_STATE', 'storePickups.errors.lineCancelled');
    await tx.orderLine.update({ where: { id: line.id }, data: { pickedAt: ref.picked ? (line.pickedAt ?? now) : null } });
    if (ref.picked && pickup.status === 'PENDING') {
      await tx.pickup.update({ where: { id: pickup.id }, data: { status: 'PICKING' } });
    }
  });
}
