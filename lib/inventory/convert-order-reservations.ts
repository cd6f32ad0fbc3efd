import 'server-only';
import { settleOrderReservations } from './settle-order-reservations';
import type { Tx } from './tx';

/**
 * Turns an order's held stock into a sale (payment received): ACTIVE reservations become
 * CONVERTED, and both `on_hand` and `reserved` go down by the quantity, recorded as a SALE
 * movement. Exactly once (a webhook delivered twice converts nothing the second time).
 * Returns the number of reservations converted.
 */
export function convertOrderReservations(tx: Tx, orderId: string): Promise<number> {
  return settleOrderReservations(tx, orderId, 'CONVERTED', 'order paid');
}
