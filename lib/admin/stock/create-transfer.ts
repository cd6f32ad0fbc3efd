import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

export type CreateTransferInput = { variantId: string; fromStoreId: string; toStoreId: string; quantity: number; note: string | null };

/**
 * Asks for goods to move from one store to another: a REQUESTED transfer (no stock moves until
 * it is shipped). VALIDATION on `toStoreId` when both stores are the same; NOT_FOUND for an
 * unknown variant or store. Returns the transfer's id.
 */
export async function createTransfer(input: CreateTransferInput, actorId: string): Promise<string> {
  if (input.fromStoreId === input.toStoreId) throw new AppError('VALIDATION', 'adminProducts.errors.transferSameStore', 'toStoreId');
  return prisma.$transaction(async (tx) => {
    const [variant, stores] = await Promise.all([
      tx.productVariant.findUnique({ where: { id: input.variantId }, select: { sku: true } }),
      tx.store.count({ where: { id: { in: [input.fromStoreId, input.toStoreId] } } }),
    ]);
    if (!variant || stores !== 2) throw new AppError('NOT_FOUND');
    const transfer = await tx.stockTransfer.create({
      data: {
        fromStoreId: input.fromStoreId,
        toStoreId: input.toStoreId,
        note: input.note,
        createdById: actorId,
        lines: { create: { variantId: input.variantId, quantity: input.quantity } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'stock.transfer_created',
      entityType: 'stock_transfer',
      entityId: transfer.id,
      data: { sku: variant.sku, variantId: input.variantId, fromStoreId: input.fromStoreId, toStoreId: input.toStoreId, quantity: input.quantity },
    });
    return transfer.id;
  });
}
