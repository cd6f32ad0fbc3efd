import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * "Schedule": a draft (or an already scheduled item) goes public at `scheduledAt`, which must be
 * in the future; the scheduled-publishing job publishes it then.
 */
export async function scheduleContent(contentId: string, scheduledAt: Date, actorId: string, now: Date = new Date()): Promise<void> {
  if (scheduledAt.getTime() <= now.getTime()) throw new AppError('VALIDATION', 'adminContent.errors.scheduleInPast', 'scheduledAt');
  await prisma.$transaction(async (tx) => {
    const content = await tx.content.findUnique({ where: { id: contentId }, select: { status: true, type: true } });
    if (!content || content.type === 'PAGE') throw new AppError('NOT_FOUND');
    if (content.status === 'PUBLISHED') throw new AppError('VALIDATION', 'adminContent.errors.alreadyPublished');
    await tx.content.update({ where: { id: contentId }, data: { status: 'SCHEDULED', scheduledAt } });
    await recordAudit(tx, {
      actorId,
      action: 'content.scheduled',
      entityType: 'content',
      entityId: contentId,
      data: { scheduledAt: scheduledAt.toISOString() },
    });
  });
}
