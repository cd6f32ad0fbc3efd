import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { helsinkiDayStart } from '@/lib/admin/helsinki-day';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { pickEventPage } from './event-title';

export type StaffEventRow = {
  id: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  capacity: number;
  store: { name: string };
  confirmedSeats: number;
  arrivedSeats: number;
};

/** Today's and upcoming events in the stores the staff member works in (the owner: every store), soonest first. */
export async function listStaffEvents(user: SessionUser, locale: AppLocale, now: Date = new Date()): Promise<StaffEventRow[]> {
  const todayStarts = helsinkiDayStart(helsinkiClock(now).date) ?? now;
  const events = await prisma.event.findMany({
    where: {
      endsAt: { gte: todayStarts },
      ...(user.role === 'OWNER' ? {} : { store: { staff: { some: { userId: user.id } } } }),
    },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      capacity: true,
      store: { select: { name: true } },
      contents: { where: { type: 'EVENT' }, select: { locale: true, slug: true, title: true, status: true } },
      registrations: { where: { status: 'CONFIRMED' }, select: { seats: true, checkedInAt: true } },
    },
  });
  return events.map((event) => ({
    id: event.id,
    title: pickEventPage(event.contents, locale)?.title ?? null,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    cancelled: event.status === 'CANCELLED',
    capacity: event.capacity,
    store: event.store,
    confirmedSeats: event.registrations.reduce((sum, r) => sum + r.seats, 0),
    arrivedSeats: event.registrations.reduce((sum, r) => sum + (r.checkedInAt ? r.seats : 0), 0),
  }));
}
