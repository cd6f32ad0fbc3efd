import 'server-only';
import { newLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { eventReminderEmail } from '@/lib/email/templates/event-reminder';
import type { AppLocale } from '@/i18n/routing';
import { loadEventMailFacts } from './load-event-mail-facts';

/** Reminders go out for events that start within this time. */
export const EVENT_REMINDER_BEFORE_MS = 24 * 3_600_000;
const BATCH = 200;

/**
 * The event reminder job: every confirmed guest of an event starting within 24 hours gets ONE
 * reminder. Each registration is claimed with a conditional UPDATE (reminder_sent_at IS NULL ...
 * RETURNING) in the same transaction as its e-mail is queued, so two workers running at once
 * never send two. The reminder carries a fresh cancel link (only its hash is stored). Returns
 * how many reminders were queued.
 */
export async function sendEventReminders(now: Date = new Date()): Promise<number> {
  const until = new Date(now.getTime() + EVENT_REMINDER_BEFORE_MS);
  const due = await prisma.eventRegistration.findMany({
    where: { status: 'CONFIRMED', reminderSentAt: null, event: { status: 'SCHEDULED', startsAt: { gt: now, lte: until } } },
    orderBy: { createdAt: 'asc' },
    take: BATCH,
    select: { id: true },
  });
  let sent = 0;
  for (const { id } of due) {
    const queued = await prisma.$transaction(async (tx) => {
      const { token, hash } = newLinkToken();
      const claimed = await tx.$queryRaw<{ id: string; eventId: string; name: string; email: string; seats: number; locale: AppLocale }[]>`
        UPDATE event_registrations r
           SET reminder_sent_at = ${now}, cancel_token_hash = ${hash}, updated_at = now()
          FROM events e
         WHERE r.id = ${id}::uuid AND e.id = r.event_id
           AND r.status = 'CONFIRMED' AND r.reminder_sent_at IS NULL
           AND e.status = 'SCHEDULED' AND e.starts_at > ${now} AND e.starts_at <= ${until}
        RETURNING r.id, r.event_id AS "eventId", r.name, r.email, r.seats, r.locale::text AS locale`;
      const guest = claimed[0];
      if (!guest) return false;
      const facts = await loadEventMailFacts(tx, guest.eventId, guest.locale);
      await queueEmail(await eventReminderEmail(facts, { registrationId: guest.id, ...guest }, token), tx);
      return true;
    });
    if (queued) sent += 1;
  }
  return sent;
}
