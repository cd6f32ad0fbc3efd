import 'server-only';
import { prisma } from '@/lib/db';

export type PublishedReview = {
  id: string;
  rating: number;
  text: string;
  /** The writer's first name only (or null: shown as "a verified buyer"). */
  author: string | null;
  publishedAt: Date;
  ownerReply: string | null;
};

export type ProductReviews = {
  /** Average of the published reviews' stars, rounded to one decimal; null when there are none. */
  average: number | null;
  count: number;
  /** The newest published reviews (at most `limit`). */
  reviews: PublishedReview[];
};

/** The product's published reviews: what its page shows. Pending and hidden ones never count. */
export async function getProductReviews(productId: string, limit = 20): Promise<ProductReviews> {
  const where = { productId, status: 'PUBLISHED' as const };
  const [summary, rows] = await Promise.all([
    prisma.review.aggregate({ where, _avg: { rating: true }, _count: { _all: true } }),
    prisma.review.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      take: limit,
      select: { id: true, rating: true, text: true, ownerReply: true, publishedAt: true, createdAt: true, user: { select: { name: true } } },
    }),
  ]);
  const count = summary._count._all;
  return {
    average: count > 0 && summary._avg.rating !== null ? Math.round(summary._avg.rating * 10) / 10 : null,
    count,
    reviews: rows.map((r) => ({
      id: r.id,
      rating: r.rating,
      text: r.text,
      author: r.user.name?.trim().split(/\s+/)[0] || null,
      publishedAt: r.publishedAt ?? r.createdAt,
      ownerReply: r.ownerReply,
    })),
  };
}
