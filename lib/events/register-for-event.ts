import 'server-only';
import { newLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { eventRegisteredEmail } from '@/lib/email/templates/event-registered';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';
import { confirmedSeats, lockEvent } from './lock-event';
import { loadEventMailFacts } from './load-event-mail-facts';
import { MAX_SEATS_PER_REGISTRATION, normalizeEmail, placeFor } from './registration-rules';

export type RegisterForEventInput = {
  eventId: string;
  name: string;
  email: string;
  seats: number;
  locale: AppLocale;
  /** The signed-in shopper, when there is one. */
  userId?: string | null;
};

export type RegistrationResult = {
  registration: { id: string; name: string; email: string; seats: number; status: 'CONFIRMED' | 'WAITLIST' };
  status: 'CONFIRMED' | 'WAITLIST';
  /** The queued e-mail (confirmation or waitlist notice), for sendOutboxSoon. */
  emailId: string;
};

// A rush for the last seats queues on the event's lock: wait for a connection a little longer than the default.
const REGISTRATION_TX = { maxWait: 10_000, timeout: 15_000 };

const refuse = (key: string, field?: string) => new AppError('VALIDATION', `events.errors.${key}`, field);

/**
 * Registers a guest: a confirmed place while the seats fit, otherwise a place on the waitlist.
 * The event row is locked for the whole transaction, so parallel registrations for the last
 * seats are counted one after another and never overfill the event. The e-mail (with the cancel
 * link, and the calendar file for a confirmed place) is queued in the same transaction.
 * Refusals (VALIDATION, `events.errors.*`) change nothing.
 */
export async function registerForEvent(input: RegisterForEventInput, now: Date = new Date()): Promise<RegistrationResult> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  const { seats } = input;
  if (!Number.isInteger(seats) || seats < 1) throw refuse('seatsInvalid', 'seats');
  if (seats > MAX_SEATS_PER_REGISTRATION) throw refuse('seatsTooMany', 'seats');
  if (!name) throw refuse('nameRequired', 'name');
  const { token, hash } = newLinkToken();
  try {
    return await prisma.$transaction(async (tx) => {
      const event = await lockEvent(tx, input.eventId);
      if (!event) throw refuse('eventNotFound');
      if (event.status === 'CANCELLED') throw refuse('eventCancelled');
      if (event.startsAt.getTime() <= now.getTime()) throw refuse('eventStarted');
      if (seats > event.capacity) throw refuse('seatsOverCapacity', 'seats');
      const existing = await tx.eventRegistration.findFirst({ where: { eventId: event.id, email, status: { not: 'CANCELLED' } }, select: { id: true } });
      if (existing) throw refuse('alreadyRegistered', 'email');

      const status = placeFor(seats, event.capacity, await confirmedSeats(tx, event.id));
      const registration = await tx.eventRegistration.create({
        data: { eventId: event.id, userId: input.userId ?? null, name, email, seats, locale: input.locale, status, cancelTokenHash: hash },
        select: { id: true, name: true, email: true, seats: true },
      });
      const facts = await loadEventMailFacts(tx, event.id, input.locale);
      const message = await eventRegisteredEmail(facts, { registrationId: registration.id, name, email, seats, locale: input.locale }, status, token);
      const emailId = await queueEmail(message, tx);
      return { registration: { ...registration, status }, status, emailId };
    }, REGISTRATION_TX);
  } catch (error) {
    // The partial unique index (one active registration per e-mail and event) is the last guard.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw refuse('alreadyRegistered', 'email');
    throw error;
  }
}
