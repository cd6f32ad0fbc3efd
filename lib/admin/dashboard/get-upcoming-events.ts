import 'server-only';
import { prisma } from '@/lib/db';

export type UpcomingEvent = {
  id: string;
  title: string | null;
  storeName: string;
  startsAt: Date;
  capacity: number;
  /** Seats of confirmed registrations. */
  confirmedSeats: number;
  /** Seats on the waiting list. */
  waitlistSeats: number;
};

/** The next ten scheduled events that have not started, with their registrations. */
export async function getUpcomingEvents(now: Date, locale: 'fi' | 'en'): Promise<UpcomingEvent[]> {
  return prisma.$queryRaw<UpcomingEvent[]>`
    SELECT e.id, s.name AS "storeName", e.starts_at AS "startsAt", e.capacity,
           (SELECT c.title FROM contents c WHERE c.event_id = e.id ORDER BY (c.locale::text = ${locale}) DESC, c.locale LIMIT 1) AS title,
           COALESCE((SELECT sum(r.seats) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'CONFIRMED'), 0)::int AS "confirmedSeats",
           COALESCE((SELECT sum(r.seats) FROM event_registrations r WHERE r.event_id = e.id AND r.status = 'WAITLIST'), 0)::int AS "waitlistSeats"
      FROM events e JOIN stores s ON s.id = e.store_id
     WHERE e.status = 'SCHEDULED' AND e.starts_at >= ${now}::timestamptz
     ORDER BY e.starts_at
     LIMIT 10`;
}
