import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { lockTransfer } from './lock-transfer';

/** Calls off a transfer that has not been shipped (no stock has moved): CANCELLED. */
export async function cancelTransfer(transferId: string, actorId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const transfer = await lockTransfer(tx, transferId, 'REQUESTED');
    await tx.stockTransfer.update({ where: { id: transfer.id }, data: { status: 'CANCELLED' } });
    await recordAudit(tx, { actorId, action: 'stock.transfer_cancelled', entityType: 'stock_transfer', entityId: transfer.id, data: { lines: transfer.lines } });
  });
}
