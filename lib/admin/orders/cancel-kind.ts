// How the owner may call off an order, decided from its state (shared by the order page and the
// cancel function, so the page offers exactly what the function accepts).

export type CancelKind =
  /** Waiting for payment: the hold on its stock is released. */
  | 'pending'
  /** Click & collect, paid or to be paid at the counter, not yet picked up. */
  | 'pickup'
  /** Paid delivery or parcel-locker order not yet sent: stock back, money back. */
  | 'shipped';

type OrderState = {
  status: string;
  fulfilment: string;
  pickup: { status: string } | null;
};

const OPEN_PICKUP = ['PENDING', 'PICKING', 'READY_FOR_PICKUP'];

/** null: the order cannot be cancelled (fulfilled orders are refunded instead; closed ones are done). */
export function cancelKind(order: OrderState): CancelKind | null {
  if (order.status === 'PENDING_PAYMENT') return 'pending';
  if (order.fulfilment === 'PICKUP') {
    const open = order.status === 'PAID' || order.status === 'PAY_AT_PICKUP';
    return open && order.pickup && OPEN_PICKUP.includes(order.pickup.status) ? 'pickup' : null;
  }
  return order.status === 'PAID' ? 'shipped' : null;
}
