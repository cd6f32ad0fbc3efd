import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { lockTransfer, transferProductIds } from './lock-transfer';

/** The goods of an IN_TRANSIT transfer arrived: on hand up at the destination (TRANSFER_IN per line), RECEIVED. */
export async function receiveTransfer(transferId: string, actorId: string, now: Date = new Date()): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const transfer = await lockTransfer(tx, transferId, 'IN_TRANSIT');
    for (const line of transfer.lines) {
      await tx.$executeRaw`
        INSERT INTO stock_levels (variant_id, store_id, on_hand, reserved, updated_at)
        VALUES (${line.variantId}::uuid, ${transfer.toStoreId}::uuid, ${line.quantity}, 0, now())
        ON CONFLICT (variant_id, store_id) DO UPDATE SET on_hand = stock_levels.on_hand + EXCLUDED.on_hand, updated_at = now()`;
    }
    await tx.stockMovement.createMany({
      data: transfer.lines.map((line) => ({
        variantId: line.variantId,
        storeId: transfer.toStoreId,
        type: 'TRANSFER_IN' as const,
        onHandDelta: line.quantity,
        transferId: transfer.id,
        reason: transfer.note ?? 'transfer received',
        actorId,
        createdAt: now,
      })),
    });
    await tx.stockTransfer.update({ where: { id: transfer.id }, data: { status: 'RECEIVED', receivedAt: now } });
    await recordAudit(tx, {
      actorId,
      action: 'stock.transfer_received',
      entityType: 'stock_transfer',
      entityId: transfer.id,
      data: { fromStoreId: transfer.fromStoreId, toStoreId: transfer.toStoreId, lines: transfer.lines },
    });
    return transferProductIds(tx, transfer);
  });
}
