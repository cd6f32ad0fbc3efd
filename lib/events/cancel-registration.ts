import 'server-only';
import { hashToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { lockEvent } from './lock-event';
import { promoteWaitlist } from './promote-waitlist';

export type CancelRegistrationResult = {
  registrationId: string;
  /** The link was used before: nothing changed this time. */
  alreadyCancelled: boolean;
  /** Waitlisted registrations that got the freed seats. */
  promotedIds: string[];
  /** E-mails queued ("you got a place"), for sendOutboxSoon. */
  emailIds: string[];
};

/**
 * The guest cancels with the link from an e-mail (the token is the credential). The
 * registration is cancelled once; in the same transaction the freed seats go to the oldest
 * waitlisted guests that fit, and each is e-mailed.
 */
export async function cancelRegistration(token: string, now: Date = new Date()): Promise<CancelRegistrationResult> {
  const hash = hashToken(token);
  return prisma.$transaction(async (tx) => {
    const found = await tx.eventRegistration.findUnique({ where: { cancelTokenHash: hash }, select: { id: true, eventId: true } });
    if (!found) throw new AppError('VALIDATION', 'events.errors.linkInvalid');
    const event = await lockEvent(tx, found.eventId);
    if (!event) throw new AppError('VALIDATION', 'events.errors.linkInvalid');
    const registration = await tx.eventRegistration.findUniqueOrThrow({ where: { id: found.id }, select: { status: true } });
    if (registration.status === 'CANCELLED') return { registrationId: found.id, alreadyCancelled: true, promotedIds: [], emailIds: [] };
    if (event.status === 'SCHEDULED' && event.startsAt.getTime() <= now.getTime()) {
      throw new AppError('VALIDATION', 'events.errors.eventStarted');
    }
    await tx.eventRegistration.update({ where: { id: found.id }, data: { status: 'CANCELLED', cancelledAt: now } });
    const promoted = event.status === 'SCHEDULED' ? await promoteWaitlist(tx, event) : [];
    return {
      registrationId: found.id,
      alreadyCancelled: false,
      promotedIds: promoted.map((p) => p.registrationId),
      emailIds: promoted.map((p) => p.emailId),
    };
  });
}
