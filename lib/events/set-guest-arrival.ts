import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

export type GuestArrivalInput = { eventId: string; storeId: string; registrationId: string; arrived: boolean };

/**
 * Marks a confirmed guest arrived at the door, or takes it back (a mis-tap). Scoped to the
 * event and its store, which the caller has checked the staff member works in. Marking an
 * arrived guest again keeps the first time.
 */
export async function setGuestArrival(input: GuestArrivalInput, now: Date = new Date()): Promise<{ arrived: boolean }> {
  const where = { id: input.registrationId, eventId: input.eventId, status: 'CONFIRMED' as const, event: { storeId: input.storeId } };
  const guest = await prisma.eventRegistration.findFirst({ where, select: { checkedInAt: true } });
  if (!guest) throw new AppError('VALIDATION', 'storeEvents.errors.notConfirmed');
  if (input.arrived && guest.checkedInAt) return { arrived: true };
  await prisma.eventRegistration.updateMany({ where, data: { checkedInAt: input.arrived ? now : null } });
  return { arrived: input.arrived };
}
