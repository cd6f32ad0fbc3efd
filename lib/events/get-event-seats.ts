import 'server-only';
import { prisma } from '@/lib/db';
import { eventState, seatsLeft, type EventState } from './registration-rules';

export type EventSeats = { capacity: number; seatsLeft: number; waitlist: number; state: EventState };

/** Seats left right now, for the registration panel on the (cached) event page. Null for an unknown event. */
export async function getEventSeats(eventId: string, now: Date = new Date()): Promise<EventSeats | null> {
  const event = await prisma.event.findUnique({ where: { id: eventId }, select: { capacity: true, status: true, startsAt: true } });
  if (!event) return null;
  const groups = await prisma.eventRegistration.groupBy({
    by: ['status'],
    where: { eventId, status: { in: ['CONFIRMED', 'WAITLIST'] } },
    _sum: { seats: true },
    _count: { _all: true },
  });
  const confirmed = groups.find((g) => g.status === 'CONFIRMED')?._sum.seats ?? 0;
  const waitlist = groups.find((g) => g.status === 'WAITLIST')?._count._all ?? 0;
  return {
    capacity: event.capacity,
    seatsLeft: seatsLeft(event.capacity, confirmed),
    waitlist,
    state: eventState(event, confirmed, now),
  };
}
