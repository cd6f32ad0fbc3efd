import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { eventCancelledEmail } from '@/lib/email/templates/event-cancelled';
import { AppError } from '@/lib/errors';
import { lockEvent } from './lock-event';
import { loadEventMailFacts } from './load-event-mail-facts';

/**
 * The owner cancels an event: its status becomes CANCELLED (the page says so and registration
 * closes), every guest with a place or on the waitlist is e-mailed in their own language, and
 * the audit log records it, all in one transaction. Registrations keep their status, so the
 * owner still sees who was coming. Returns the queued e-mails' ids.
 */
export async function cancelEvent(eventId: string, owner: SessionUser, now: Date = new Date()): Promise<{ emailIds: string[] }> {
  if (owner.role !== 'OWNER') throw new AppError('FORBIDDEN');
  return prisma.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) throw new AppError('NOT_FOUND');
    if (event.status === 'CANCELLED') throw new AppError('VALIDATION', 'events.errors.eventAlreadyCancelled');
    if (event.endsAt.getTime() <= now.getTime()) throw new AppError('VALIDATION', 'events.errors.eventOver');
    await tx.event.update({ where: { id: event.id }, data: { status: 'CANCELLED' } });
    const guests = await tx.eventRegistration.findMany({
      where: { eventId: event.id, status: { in: ['CONFIRMED', 'WAITLIST'] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, email: true, seats: true, locale: true },
    });
    const emailIds: string[] = [];
    for (const guest of guests) {
      const facts = await loadEventMailFacts(tx, event.id, guest.locale);
      const message = await eventCancelledEmail(facts, { registrationId: guest.id, name: guest.name, email: guest.email, seats: guest.seats, locale: guest.locale });
      emailIds.push(await queueEmail(message, tx));
    }
    await recordAudit(tx, {
      actorId: owner.id,
      action: 'event.cancelled',
      entityType: 'event',
      entityId: event.id,
      data: { startsAt: event.startsAt.toISOString(), guestsNotified: guests.length },
    });
    return { emailIds };
  });
}
