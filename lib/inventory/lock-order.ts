import 'server-only';
import type { Tx } from './tx';

/**
 * Locks an order's row until the transaction ends, so that everything that changes the order's
 * reservations (payment, cancellation, expiry) runs one after the other for the same order.
 */
export async function lockOrder(tx: Tx, orderId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
  return rows.length === 1;
}
