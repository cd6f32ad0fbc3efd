import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { pickEventPage } from './event-title';
import { seatsLeft } from './registration-rules';

export type AdminRegistrationRow = {
  id: string;
  name: string;
  email: string;
  seats: number;
  locale: AppLocale;
  checkedInAt: Date | null;
  createdAt: Date;
  cancelledAt: Date | null;
};

export type AdminEventView = {
  id: string;
  title: string | null;
  page: { locale: AppLocale; slug: string } | null;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  /** The event has ended: it can no longer be cancelled. */
  over: boolean;
  capacity: number;
  seatsLeft: number;
  store: { name: string };
  confirmed: AdminRegistrationRow[];
  waitlist: AdminRegistrationRow[];
  cancelledRegistrations: AdminRegistrationRow[];
  confirmedSeats: number;
  arrivedSeats: number;
};

/** One event's registrations for the owner: confirmed, waitlisted (in order) and cancelled. Owner only (the page checks). */
export async function getAdminEvent(eventId: string, locale: AppLocale, now: Date = new Date()): Promise<AdminEventView | null> {
  const event = await prisma.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      capacity: true,
      store: { select: { name: true } },
      contents: { where: { type: 'EVENT' }, select: { locale: true, slug: true, title: true, status: true } },
      registrations: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, name: true, email: true, seats: true, locale: true, status: true, checkedInAt: true, createdAt: true, cancelledAt: true },
      },
    },
  });
  if (!event) return null;
  const page = pickEventPage(event.contents, locale);
  const of = (status: string): AdminRegistrationRow[] =>
    event.registrations
      .filter((r) => r.status === status)
      .map((r) => ({ id: r.id, name: r.name, email: r.email, seats: r.seats, locale: r.locale, checkedInAt: r.checkedInAt, createdAt: r.createdAt, cancelledAt: r.cancelledAt }));
  const confirmed = of('CONFIRMED');
  const confirmedSeats = confirmed.reduce((sum, r) => sum + r.seats, 0);
  return {
    id: event.id,
    title: page?.title ?? null,
    page: page && page.status === 'PUBLISHED' ? { locale: page.locale, slug: page.slug } : null,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    cancelled: event.status === 'CANCELLED',
    over: event.endsAt.getTime() <= now.getTime(),
    capacity: event.capacity,
    seatsLeft: seatsLeft(event.capacity, confirmedSeats),
    store: event.store,
    confirmed,
    waitlist: of('WAITLIST'),
    cancelledRegistrations: of('CANCELLED'),
    confirmedSeats,
    arrivedSeats: confirmed.reduce((sum, r) => sum + (r.checkedInAt ? r.seats : 0), 0),
  };
}
