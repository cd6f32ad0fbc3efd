import 'server-only';
import type { Tx } from '@/lib/inventory/tx';

export type LockedEvent = {
  id: string;
  storeId: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  status: 'SCHEDULED' | 'CANCELLED';
};

/**
 * Locks an event's row until the transaction ends, so that registrations, cancellations and
 * promotions for the same event run one after another and seats are never counted twice.
 * Null for an unknown event.
 */
export async function lockEvent(tx: Tx, eventId: string): Promise<LockedEvent | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM events WHERE id = ${eventId}::uuid FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { id: true, storeId: true, startsAt: true, endsAt: true, capacity: true, status: true },
  });
}

/** Seats taken by confirmed registrations. */
export async function confirmedSeats(tx: Tx, eventId: string): Promise<number> {
  const sum = await tx.eventRegistration.aggregate({ where: { eventId, status: 'CONFIRMED' }, _sum: { seats: true } });
  return sum._sum.seats ?? 0;
}
