// The arithmetic of seats: who gets a place, who waits, who moves up when a place frees. Pure
// functions, so the rules are unit-tested apart from the database that enforces them.

/** The most seats one registration may take (a family, a group of friends). */
export const MAX_SEATS_PER_REGISTRATION = 10;

export type EventState = 'open' | 'full' | 'past' | 'cancelled';

export function seatsLeft(capacity: number, confirmedSeats: number): number {
  return Math.max(0, capacity - confirmedSeats);
}

/** A new registration is confirmed when its seats still fit; otherwise it waits for a place. */
export function placeFor(seats: number, capacity: number, confirmedSeats: number): 'CONFIRMED' | 'WAITLIST' {
  return seats <= seatsLeft(capacity, confirmedSeats) ? 'CONFIRMED' : 'WAITLIST';
}

/** What the registration panel tells a visitor about the event right now. */
export function eventState(
  event: { status: 'SCHEDULED' | 'CANCELLED'; startsAt: Date; capacity: number },
  confirmedSeats: number,
  now: Date,
): EventState {
  if (event.status === 'CANCELLED') return 'cancelled';
  if (event.startsAt.getTime() <= now.getTime()) return 'past';
  return seatsLeft(event.capacity, confirmedSeats) > 0 ? 'open' : 'full';
}

/**
 * The waitlisted registrations that get a place when `free` seats open up: oldest first, each
 * one that fits in what is left (a party too big for the gap keeps its turn for the next
 * cancellation, and a smaller party behind it may go ahead rather than leave seats empty).
 */
export function pickPromotions<T extends { seats: number }>(waitlistOldestFirst: readonly T[], free: number): T[] {
  const chosen: T[] = [];
  let left = free;
  for (const registration of waitlistOldestFirst) {
    if (left <= 0) break;
    if (registration.seats <= left) {
      chosen.push(registration);
      left -= registration.seats;
    }
  }
  return chosen;
}

/** E-mail addresses are compared and stored in lower case (the table's CHECK insists). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
