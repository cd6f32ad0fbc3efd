import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ReplyReviewInput } from './review-schemas';

/** The owner's public reply to a review (plain text); an empty reply removes it. Returns the product id. */
export async function replyToReview(input: ReplyReviewInput, actor: { id: string }): Promise<{ productId: string }> {
  return prisma.$transaction(async (tx) => {
    const review = await tx.review.findUnique({ where: { id: input.reviewId }, select: { id: true, productId: true, ownerReply: true } });
    if (!review) throw new AppError('NOT_FOUND');
    const reply = input.reply || null;
    await tx.review.update({ where: { id: review.id }, data: { ownerReply: reply, repliedAt: reply ? new Date() : null } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: reply ? 'review.replied' : 'review.reply_removed',
      entityType: 'review',
      entityId: review.id,
      data: { productId: review.productId, before: review.ownerReply, after: reply },
    });
    return { productId: review.productId };
  });
}
