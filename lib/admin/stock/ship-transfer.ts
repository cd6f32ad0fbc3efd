import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { lockTransfer, transferProductIds } from './lock-transfer';

/**
 * The goods of a REQUESTED transfer leave the source store: on hand there goes down (a
 * TRANSFER_OUT movement per line) and the transfer is IN_TRANSIT. Only available units can go
 * (on hand minus what orders hold): otherwise VALIDATION and nothing changes.
 */
export async function shipTransfer(transferId: string, actorId: string, now: Date = new Date()): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const transfer = await lockTransfer(tx, transferId, 'REQUESTED');
    // Lines come in variant id order: the one lock order for stock rows.
    for (const line of transfer.lines) {
      const changed = await tx.$executeRaw`
        UPDATE stock_levels SET on_hand = on_hand - ${line.quantity}, updated_at = now()
         WHERE variant_id = ${line.variantId}::uuid AND store_id = ${transfer.fromStoreId}::uuid
           AND on_hand - reserved >= ${line.quantity}`;
      if (changed === 0) throw new AppError('VALIDATION', 'adminProducts.errors.transferNotAvailable');
    }
    await tx.stockMovement.createMany({
      data: transfer.lines.map((line) => ({
        variantId: line.variantId,
        storeId: transfer.fromStoreId,
        type: 'TRANSFER_OUT' as const,
        onHandDelta: -line.quantity,
        transferId: transfer.id,
        reason: transfer.note ?? 'transfer shipped',
        actorId,
        createdAt: now,
      })),
    });
    await tx.stockTransfer.update({ where: { id: transfer.id }, data: { status: 'IN_TRANSIT', shippedAt: now } });
    await recordAudit(tx, {
      actorId,
      action: 'stock.transfer_shipped',
      entityType: 'stock_transfer',
      entityId: transfer.id,
      data: { fromStoreId: transfer.fromStoreId, toStoreId: transfer.toStoreId, lines: transfer.lines },
    });
    return transferProductIds(tx, transfer);
  });
}
