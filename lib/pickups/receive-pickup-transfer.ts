import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { lockOrder } from '@/lib/inventory/lock-order';
import { compareIds } from '@/lib/inventory/stock-lines';
import type { Tx } from '@/lib/inventory/tx';

export type ReceivePickupTransferInput = { storeId: string; transferId: string };

type Move = { variantId: string; quantity: number; reservationId: string; reservationQuantity: number };

/**
 * The goods of a ship-to-store order arrived at the pickup store: the transfer is RECEIVED.
 * For a pay-at-pickup order the held units move with the goods: out of the source (on hand and
 * reserved, TRANSFER_OUT) and into the pickup store (TRANSFER_IN), and the order's reservations
 * follow. A paid order's units were sold at the source already: no stock changes.
 * Refusals: NOT_FOUND (not a transfer for an order of this store), INVALID_STATE (already
 * received or cancelled, or the order is closed).
 */
export async function receivePickupTransfer(input: ReceivePickupTransferInput, actorId: string, now: Date = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const found = await tx.stockTransfer.findFirst({
      where: { id: input.transferId, toStoreId: input.storeId, order: { pickup: { storeId: input.storeId } } },
      select: { orderId: true },
    });
    if (!found?.orderId || !(await lockOrder(tx, found.orderId))) throw new AppError('NOT_FOUND');
    const transfer = await tx.stockTransfer.findUniqueOrThrow({
      where: { id: input.transferId },
      select: { id: true, status: true, fromStoreId: true, toStoreId: true, lines: { select: { variantId: true, quantity: true } }, order: { select: { id: true, status: true } } },
    });
    const order = transfer.order!;
    if (transfer.status === 'RECEIVED') throw new AppError('INVALID_STATE', 'storePickups.errors.transferAlreadyReceived');
    if (transfer.status === 'CANCELLED') throw new AppError('INVALID_STATE', 'storePickups.errors.transferCancelled');
    if (order.status !== 'PAID' && order.status !== 'PAY_AT_PICKUP') throw new AppError('INVALID_STATE', 'storePickups.errors.orderClosed');

    if (order.status === 'PAY_AT_PICKUP') await moveHeldUnits(tx, { ...transfer, orderId: order.id }, actorId);
    await tx.stockTransfer.update({ where: { id: transfer.id }, data: { status: 'RECEIVED', receivedAt: now } });
    await tx.orderEvent.create({ data: { orderId: order.id, type: 'transfer_received', actorId, data: { transferId: transfer.id }, createdAt: now } });
  });
}

async function moveHeldUnits(
  tx: Tx,
  transfer: { id: string; orderId: string; fromStoreId: string; toStoreId: string; lines: { variantId: string; quantity: number }[] },
  actorId: string,
) {
  const held = await tx.reservation.findMany({
    where: { orderId: transfer.orderId, storeId: transfer.fromStoreId, status: 'ACTIVE', variantId: { in: transfer.lines.map((line) => line.variantId) } },
    select: { id: true, variantId: true, quantity: true, expiresAt: true },
  });
  const moves: Move[] = [];
  for (const line of transfer.lines) {
    let left = line.quantity;
    for (const reservation of held.filter((r) => r.variantId === line.variantId)) {
      const quantity = Math.min(left, reservation.quantity);
      if (quantity === 0) break;
      left -= quantity;
      moves.push({ variantId: line.variantId, quantity, reservationId: reservation.id, reservationQuantity: reservation.quantity });
    }
  }
  // Stock rows in the one lock order (store, then variant).
  const rows = [
    ...moves.map((move) => ({ storeId: transfer.fromStoreId, variantId: move.variantId, delta: -move.quantity })),
    ...moves.map((move) => ({ storeId: transfer.toStoreId, variantId: move.variantId, delta: move.quantity })),
  ].sort((a, b) => compareIds(a.storeId, b.storeId) || compareIds(a.variantId, b.variantId));
  for (const row of rows) {
    if (row.delta < 0) {
      await tx.$executeRaw`
        UPDATE stock_levels SET on_hand = on_hand + ${row.delta}, reserved = reserved + ${row.delta}, updated_at = now()
         WHERE variant_id = ${row.variantId}::uuid AND store_id = ${row.storeId}::uuid`;
    } else {
      await tx.$executeRaw`
        INSERT INTO stock_levels (variant_id, store_id, on_hand, reserved, updated_at)
        VALUES (${row.variantId}::uuid, ${row.storeId}::uuid, ${row.delta}, ${row.delta}, now())
        ON CONFLICT (variant_id, store_id) DO UPDATE
          SET on_hand = stock_levels.on_hand + EXCLUDED.on_hand, reserved = stock_levels.reserved + EXCLUDED.reserved, updated_at = now()`;
    }
  }
  for (const move of moves) {
    const reservation = held.find((r) => r.id === move.reservationId)!;
    if (move.quantity === move.reservationQuantity) {
      await tx.reservation.update({ where: { id: move.reservationId }, data: { storeId: transfer.toStoreId } });
    } else {
      await tx.reservation.update({ where: { id: move.reservationId }, data: { quantity: move.reservationQuantity - move.quantity } });
      await tx.reservation.create({
        data: { orderId: transfer.orderId, variantId: move.variantId, storeId: transfer.toStoreId, quantity: move.quantity, expiresAt: reservation.expiresAt },
      });
    }
  }
  await tx.stockMovement.createMany({
    data: rows.map((row) => ({
      variantId: row.variantId,
      storeId: row.storeId,
      type: row.delta < 0 ? ('TRANSFER_OUT' as const) : ('TRANSFER_IN' as const),
      onHandDelta: row.delta,
      reservedDelta: row.delta,
      orderId: transfer.orderId,
      transferId: transfer.id,
      reason: 'ship to store: received',
      actorId,
    })),
  });
}
