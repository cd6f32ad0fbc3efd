// The return window of one order: from when the shopper got the goods, `windowDays` days long.
// Pure (no database), so the shop pages, the returns desk and the tests all agree on it.

type WindowOrder = {
  status: string;
  fulfilment: string;
  fulfilledAt: Date | null;
  paidAt: Date | null;
};

export type ReturnWindow = {
  /** When the shopper got the goods; null when they have not (nothing can be returned). */
  startsAt: Date | null;
  endsAt: Date | null;
  withinWindow: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export function returnWindow(order: WindowOrder, windowDays: number, now: Date = new Date()): ReturnWindow {
  const startsAt = windowStart(order);
  if (!startsAt) return { startsAt: null, endsAt: null, withinWindow: false };
  const endsAt = new Date(startsAt.getTime() + windowDays * DAY_MS);
  return { startsAt, endsAt, withinWindow: now.getTime() <= endsAt.getTime() };
}

/**
 * Why nothing of an order can be returned now (each reason has its own message, for the shopper
 * and at the desk); null while the window is open. Only 'outsideWindow' can be overridden.
 */
export type ReturnRefusal = 'cancelled' | 'unpaid' | 'notReceived' | 'outsideWindow' | 'allReturned';

export function returnRefusal(order: WindowOrder & { returnStatus: string }, window: ReturnWindow): ReturnRefusal | null {
  if (order.status === 'CANCELLED' || order.status === 'EXPIRED') return 'cancelled';
  if (order.returnStatus === 'RETURNED') return 'allReturned';
  if (!window.startsAt) return order.paidAt ? 'notReceived' : 'unpaid';
  return window.withinWindow ? null : 'outsideWindow';
}

function windowStart(order: WindowOrder): Date | null {
  if (order.status === 'FULFILLED' && order.fulfilledAt) return order.fulfilledAt;
  // Nothing marks a delivery or parcel-locker order delivered yet (the back office will), so a
  // paid one counts its window from the payment: the shopper is never left without a window.
  const shipped = order.fulfilment === 'DELIVERY' || order.fulfilment === 'PARCEL_LOCKER';
  if (shipped && (order.status === 'PAID' || order.status === 'FULFILLED') && order.paidAt) return order.paidAt;
  // A pickup order not yet handed over, or one cancelled, expired or unpaid: nothing to return.
  return null;
}
