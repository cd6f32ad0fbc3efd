// A rush for the last seats: parallel registrations queue on the event's lock, so the event is
// never overfilled and everyone who did not get a seat is on the waitlist, not lost.
import '../support/test-database';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { cancelRegistration } from '@/lib/events/cancel-registration';
import { registerForEvent } from '@/lib/events/register-for-event';
import { createEvent, guest } from '../support/factories/events';

async function seatsBy(eventId: string) {
  const groups = await prisma.eventRegistration.groupBy({ by: ['status'], where: { eventId }, _sum: { seats: true }, _count: { _all: true } });
  const of = (status: string) => groups.find((g) => g.status === status);
  return { confirmedSeats: of('CONFIRMED')?._sum.seats ?? 0, confirmed: of('CONFIRMED')?._count._all ?? 0, waitlist: of('WAITLIST')?._count._all ?? 0 };
}

describe('parallel registrations', () => {
  it('30 at once for 10 seats: exactly 10 confirmed, 20 waitlisted, one e-mail each', async () => {
    const event = await createEvent({ capacity: 10 });
    const guests = Array.from({ length: 30 }, () => guest(event.id));
    const results = await Promise.all(guests.map((g) => registerForEvent(g)));

    expect(results.filter((r) => r.status === 'CONFIRMED')).toHaveLength(10);
    expect(await seatsBy(event.id)).toEqual({ confirmedSeats: 10, confirmed: 10, waitlist: 20 });
    const kinds = await prisma.outboxMessage.groupBy({ by: ['kind'], where: { toEmail: { in: guests.map((g) => g.email) } }, _count: { _all: true } });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count._all]))).toEqual({ 'event.confirmed': 10, 'event.waitlisted': 20 });
  });

  it('parties of different sizes never overfill the event', async () => {
    const event = await createEvent({ capacity: 10 });
    const guests = Array.from({ length: 24 }, (_, i) => guest(event.id, { seats: (i % 3) + 1 }));
    await Promise.all(guests.map((g) => registerForEvent(g)));
    const { confirmedSeats, confirmed, waitlist } = await seatsBy(event.id);
    expect(confirmedSeats).toBeLessThanOrEqual(10);
    // Nobody who would still fit is left waiting: the seats left are fewer than the smallest party waiting.
    const waiting = await prisma.eventRegistration.findMany({ where: { eventId: event.id, status: 'WAITLIST' }, select: { seats: true } });
    expect(Math.min(...waiting.map((w) => w.seats))).toBeGreaterThan(10 - confirmedSeats);
    expect(confirmed + waitlist).toBe(24);
  });

  it('cancellations and new registrations at once still never overfill the event', async () => {
    const event = await createEvent({ capacity: 5 });
    const first = Array.from({ length: 5 }, () => guest(event.id));
    for (const g of first) await registerForEvent(g);
    const waiting = Array.from({ length: 5 }, () => guest(event.id));
    for (const g of waiting) await registerForEvent(g);
    const tokens = await Promise.all(
      first.slice(0, 3).map(async (g) => {
        const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: g.email } });
        return /\/event-registration\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
      }),
    );
    const newcomers = Array.from({ length: 5 }, () => guest(event.id));
    await Promise.all([...tokens.map((t) => cancelRegistration(t)), ...newcomers.map((g) => registerForEvent(g))]);
    const after = await seatsBy(event.id);
    expect(after.confirmedSeats).toBe(5);
    expect(after.waitlist).toBe(7);
    // The freed seats went to the waitlist in its order before any newcomer.
    const promoted = await prisma.eventRegistration.findMany({ where: { eventId: event.id, status: 'CONFIRMED', email: { in: waiting.map((g) => g.email) } } });
    expect(promoted.map((p) => p.email).sort()).toEqual(waiting.slice(0, 3).map((g) => g.email).sort());
  });
});
