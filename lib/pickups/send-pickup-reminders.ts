import 'server-only';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { pickupReminderEmail } from '@/lib/email/templates/pickup-reminder';
import { lockOrder } from '@/lib/inventory/lock-order';
import { loadPickupEmailOrder } from './load-pickup-email-order';

/** The reminder goes out when the last pickup day is this close. */
export const REMINDER_BEFORE_MS = 3 * 86_400_000;
const BATCH = 100;

/**
 * The pickup reminder job: every ready pickup whose deadline is within three days (and not yet
 * passed) gets ONE reminder e-mail: reminderSentAt is set in the same transaction as the e-mail
 * is queued, on the condition that it was not set, so two workers never send two. Returns the
 * queued e-mails' ids (for sendOutboxSoon).
 */
export async function sendPickupReminders(now: Date = new Date()): Promise<string[]> {
  const due = await prisma.pickup.findMany({
    where: {
      status: 'READY_FOR_PICKUP',
      reminderSentAt: null,
      deadlineAt: { gt: now, lte: new Date(now.getTime() + REMINDER_BEFORE_MS) },
      order: { status: { in: ['PAID', 'PAY_AT_PICKUP'] } },
    },
    orderBy: { deadlineAt: 'asc' },
    take: BATCH,
    select: { id: true, orderId: true },
  });
  const emailIds: string[] = [];
  for (const pickup of due) {
    const id = await prisma.$transaction(async (tx) => {
      await lockOrder(tx, pickup.orderId);
      const claimed = await tx.pickup.updateMany({
        where: { id: pickup.id, status: 'READY_FOR_PICKUP', reminderSentAt: null },
        data: { reminderSentAt: now },
      });
      if (claimed.count === 0) return null;
      const { deadlineAt } = await tx.pickup.findUniqueOrThrow({ where: { id: pickup.id }, select: { deadlineAt: true } });
      const message = await pickupReminderEmail(await loadPickupEmailOrder(tx, pickup.orderId), { pickupId: pickup.id, deadlineAt: deadlineAt! });
      await tx.orderEvent.create({ data: { orderId: pickup.orderId, type: 'pickup_reminder_sent', createdAt: now } });
      return queueEmail(message, tx);
    });
    if (id) emailIds.push(id);
  }
  return emailIds;
}
