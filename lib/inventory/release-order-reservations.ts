import 'server-only';
import { settleOrderReservations } from './settle-order-reservations';
import type { Tx } from './tx';

/**
 * Gives an order's held stock back (payment failed, cancelled or expired): ACTIVE reservations
 * become RELEASED, `reserved` goes down, and a RELEASE movement records each. Transfers requested
 * for the order are cancelled. Idempotent: a second call finds nothing ACTIVE and changes nothing.
 * Returns the number of reservations released.
 */
export async function releaseOrderReservations(tx: Tx, orderId: string, reason: string): Promise<number> {
  const released = await settleOrderReservations(tx, orderId, 'RELEASED', reason);
  await tx.stockTransfer.updateMany({ where: { orderId, status: 'REQUESTED' }, data: { status: 'CANCELLED' } });
  return released;
}
