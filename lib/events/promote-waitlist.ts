import 'server-only';
import { newLinkToken } from '@/lib/auth/tokens';
import { queueEmail } from '@/lib/email/outbox';
import { eventPromotedEmail } from '@/lib/email/templates/event-promoted';
import type { Tx } from '@/lib/inventory/tx';
import { confirmedSeats, type LockedEvent } from './lock-event';
import { loadEventMailFacts } from './load-event-mail-facts';
import { pickPromotions, seatsLeft } from './registration-rules';

/**
 * Gives free seats to the oldest waitlisted registrations that fit, each with a "you got a
 * place" e-mail in its own language. Call inside the transaction that locked the event (and
 * freed the seats). Each promoted guest gets a fresh cancel link: only the link's hash is
 * stored, so the new e-mail cannot repeat the old one (which stops working).
 */
export async function promoteWaitlist(tx: Tx, event: LockedEvent): Promise<{ registrationId: string; emailId: string }[]> {
  const free = seatsLeft(event.capacity, await confirmedSeats(tx, event.id));
  if (free === 0) return [];
  const waitlist = await tx.eventRegistration.findMany({
    where: { eventId: event.id, status: 'WAITLIST' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, email: true, seats: true, locale: true },
  });
  const promoted: { registrationId: string; emailId: string }[] = [];
  for (const guest of pickPromotions(waitlist, free)) {
    const { token, hash } = newLinkToken();
    await tx.eventRegistration.update({ where: { id: guest.id }, data: { status: 'CONFIRMED', cancelTokenHash: hash } });
    const facts = await loadEventMailFacts(tx, event.id, guest.locale);
    const message = await eventPromotedEmail(facts, { registrationId: guest.id, name: guest.name, email: guest.email, seats: guest.seats, locale: guest.locale }, token);
    promoted.push({ registrationId: guest.id, emailId: await queueEmail(message, tx) });
  }
  return promoted;
}
