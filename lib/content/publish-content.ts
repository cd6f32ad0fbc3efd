import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** "Publish now": the content goes public at once; publishedAt is set the first time only. */
export async function publishContent(contentId: string, actorId: string, now: Date = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const content = await tx.content.findUnique({ where: { id: contentId }, select: { status: true, publishedAt: true, type: true } });
    if (!content || content.type === 'PAGE') throw new AppError('NOT_FOUND');
    if (content.status === 'PUBLISHED') throw new AppError('VALIDATION', 'adminContent.errors.alreadyPublished');
    await tx.content.update({
      where: { id: contentId },
      data: { status: 'PUBLISHED', scheduledAt: null, publishedAt: content.publishedAt ?? now },
    });
    await recordAudit(tx, { actorId, action: 'content.published', entityType: 'content', entityId: contentId, data: { from: content.status } });
  });
}
