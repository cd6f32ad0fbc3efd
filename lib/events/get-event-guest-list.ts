import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { pickEventPage } from './event-title';

export type GuestRow = {
  id: string;
  name: string;
  email: string;
  seats: number;
  status: 'CONFIRMED' | 'WAITLIST';
  checkedInAt: Date | null;
};

export type EventGuestList = {
  event: { id: string; storeId: string; title: string | null; startsAt: Date; endsAt: Date; cancelled: boolean; capacity: number; store: { name: string } };
  /** Confirmed guests (by name), then the waitlist (in its order). */
  guests: GuestRow[];
  confirmedSeats: number;
  arrivedSeats: number;
};

/**
 * The guest list at the door. Call only after requireStoreStaff for the event's store
 * (getEventStoreId); the query is scoped to that store.
 */
export async function getEventGuestList(eventId: string, storeId: string, locale: AppLocale): Promise<EventGuestList | null> {
  const event = await prisma.event.findFirst({
    where: { id: eventId, storeId },
    select: {
      id: true,
      storeId: true,
      startsAt: true,
      endsAt: true,
      status: true,
      capacity: true,
      store: { select: { name: true } },
      contents: { where: { type: 'EVENT' }, select: { locale: true, slug: true, title: true, status: true } },
      registrations: {
        where: { status: { in: ['CONFIRMED', 'WAITLIST'] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, name: true, email: true, seats: true, status: true, checkedInAt: true },
      },
    },
  });
  if (!event) return null;
  const confirmed = event.registrations
    .filter((r) => r.status === 'CONFIRMED')
    .sort((a, b) => a.name.localeCompare(b.name, locale === 'fi' ? 'fi' : 'en'));
  const waitlist = event.registrations.filter((r) => r.status === 'WAITLIST');
  return {
    event: {
      id: event.id,
      storeId: event.storeId,
      title: pickEventPage(event.contents, locale)?.title ?? null,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      cancelled: event.status === 'CANCELLED',
      capacity: event.capacity,
      store: event.store,
    },
    guests: [...confirmed, ...waitlist] as GuestRow[],
    confirmedSeats: confirmed.reduce((sum, r) => sum + r.seats, 0),
    arrivedSeats: confirmed.reduce((sum, r) => sum + (r.checkedInAt ? r.seats : 0), 0),
  };
}
