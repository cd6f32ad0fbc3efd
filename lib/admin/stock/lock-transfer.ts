import 'server-only';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';

export type LockedTransfer = {
  id: string;
  status: 'REQUESTED' | 'IN_TRANSIT' | 'RECEIVED' | 'CANCELLED';
  fromStoreId: string;
  toStoreId: string;
  note: string | null;
  lines: { variantId: string; quantity: number }[];
};

/**
 * A stock transfer made in the back office, locked for the transaction, in the expected status.
 * Transfers for pickup orders belong to the store screens: NOT_FOUND here, like unknown ids.
 * INVALID_STATE (with a message key) when the transfer has moved on.
 */
export async function lockTransfer(tx: Tx, transferId: string, expected: LockedTransfer['status']): Promise<LockedTransfer> {
  const rows = await tx.$queryRaw<{ id: string; status: LockedTransfer['status']; from_store_id: string; to_store_id: string; note: string | null; order_id: string | null }[]>`
    SELECT id, status, from_store_id, to_store_id, note, order_id FROM stock_transfers WHERE id = ${transferId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row || row.order_id) throw new AppError('NOT_FOUND');
  if (row.status !== expected) throw new AppError('INVALID_STATE', `adminProducts.errors.transfer${row.status}`);
  const lines = await tx.stockTransferLine.findMany({ where: { transferId }, select: { variantId: true, quantity: true }, orderBy: { variantId: 'asc' } });
  return { id: row.id, status: row.status, fromStoreId: row.from_store_id, toStoreId: row.to_store_id, note: row.note, lines };
}

/** The products whose stock a transfer moves (for the shop's caches). */
export async function transferProductIds(tx: Tx, transfer: LockedTransfer): Promise<string[]> {
  const variants = await tx.productVariant.findMany({ where: { id: { in: transfer.lines.map((l) => l.variantId) } }, select: { productId: true } });
  return [...new Set(variants.map((v) => v.productId))];
}
