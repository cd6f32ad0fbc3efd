// What an edit of an event in the content editor means for its guests, inside the save's
// transaction: a cancellation e-mails everyone with a place or on the waitlist (as the
// registrations page's "Cancel event" does), more places (or a cancelled event back on) give the
// waitlist its places with an e-mail each, and places cannot drop below the seats already taken.
import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/email/outbox';
import { eventCancelledEmail } from '@/lib/email/templates/event-cancelled';
import { AppError } from '@/lib/errors';
import { loadEventMailFacts } from '@/lib/events/load-event-mail-facts';
import { confirmedSeats, type LockedEvent } from '@/lib/events/lock-event';
import { promoteWaitlist } from '@/lib/events/promote-waitlist';
import type { Tx } from '@/lib/inventory/tx';

/** Before the update: refuses fewer places than confirmed seats. */
export async function checkEventCapacity(tx: Tx, before: LockedEvent, capacity: number): Promise<void> {
  if (capacity < (await confirmedSeats(tx, before.id))) {
    throw new AppError('VALIDATION', 'adminContent.errors.capacityBelowConfirmed', 'event.capacity');
  }
}

/** After the update: the e-mails the change calls for (their outbox ids, to send soon). */
export async function applyEventGuestChanges(tx: Tx, before: LockedEvent, after: LockedEvent, actorId: string): Promise<string[]> {
  if (before.status === 'SCHEDULED' && after.status === 'CANCELLED') {
    const guests = await tx.eventRegistration.findMany({
      where: { eventId: after.id, status: { in: ['CONFIRMED', 'WAITLIST'] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, email: true, seats: true, locale: true },
    });
    const emailIds: string[] = [];
    for (const guest of guests) {
      const facts = await loadEventMailFacts(tx, after.id, guest.locale);
      emailIds.push(await queueEmail(await eventCancelledEmail(facts, { registrationId: guest.id, ...guest }), tx));
    }
    await recordAudit(tx, {
      actorId,
      action: 'event.cancelled',
      entityType: 'event',
      entityId: after.id,
      data: { startsAt: after.startsAt.toISOString(), guestsNotified: guests.length },
    });
    return emailIds;
  }
  if (after.status === 'SCHEDULED' && (before.status === 'CANCELLED' || after.capacity > before.capacity)) {
    return (await promoteWaitlist(tx, after)).map((promotion) => promotion.emailId);
  }
  return [];
}
