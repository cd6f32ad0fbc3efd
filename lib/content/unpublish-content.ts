import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** "Unpublish": published or scheduled content goes back to a draft (its pages answer 404). */
export async function unpublishContent(contentId: string, actorId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const content = await tx.content.findUnique({ where: { id: contentId }, select: { status: true, type: true } });
    if (!content || content.type === 'PAGE') throw new AppError('NOT_FOUND');
    if (content.status === 'DRAFT') throw new AppError('VALIDATION', 'adminContent.errors.alreadyDraft');
    await tx.content.update({ where: { id: contentId }, data: { status: 'DRAFT', scheduledAt: null } });
    await recordAudit(tx, { actorId, action: 'content.unpublished', entityType: 'content', entityId: contentId, data: { from: content.status } });
  });
}
