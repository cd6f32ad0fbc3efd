import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ModerateReviewInput } from './review-schemas';

/** The owner publishes or hides a review. Returns the product id (its page must be renewed). */
export async function moderateReview(input: ModerateReviewInput, actor: { id: string }): Promise<{ productId: string }> {
  return prisma.$transaction(async (tx) => {
    const review = await tx.review.findUnique({ where: { id: input.reviewId }, select: { id: true, status: true, productId: true, publishedAt: true } });
    if (!review) throw new AppError('NOT_FOUND');
    if (review.status === input.decision) return { productId: review.productId };
    await tx.review.update({
      where: { id: review.id },
      data: { status: input.decision, publishedAt: input.decision === 'PUBLISHED' ? (review.publishedAt ?? new Date()) : review.publishedAt },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.decision === 'PUBLISHED' ? 'review.published' : 'review.hidden',
      entityType: 'review',
      entityId: review.id,
      data: { productId: review.productId, from: review.status, to: input.decision },
    });
    return { productId: review.productId };
  });
}
