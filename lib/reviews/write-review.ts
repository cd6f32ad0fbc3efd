import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { findVerifyingOrder } from './find-verifying-order';
import type { WriteReviewInput } from './review-schemas';

/**
 * A verified buyer's review of a product: waits for the owner to publish it. Someone who has no
 * fulfilled order with the product is refused (FORBIDDEN); a second review of the same product
 * by the same customer is refused (VALIDATION), also when two arrive at once (the unique key).
 */
export async function writeReview(input: WriteReviewInput, actor: { id: string }): Promise<{ id: string }> {
  const order = await findVerifyingOrder(actor.id, input.productId);
  if (!order) throw new AppError('FORBIDDEN');
  try {
    return await prisma.review.create({
      data: { productId: input.productId, userId: actor.id, orderId: order.id, rating: input.rating, text: input.text },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('VALIDATION', 'reviews.errors.alreadyReviewed');
    }
    throw error;
  }
}
