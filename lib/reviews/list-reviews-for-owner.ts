import 'server-only';
import { prisma } from '@/lib/db';

/** The back office's review list: waiting ones first, then the newest. */
export async function listReviewsForOwner(options: { take?: number } = {}) {
  const rows = await prisma.review.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: options.take ?? 200,
    select: {
      id: true,
      rating: true,
      text: true,
      status: true,
      ownerReply: true,
      createdAt: true,
      product: { select: { id: true, slug: true, nameFi: true, nameEn: true } },
      user: { select: { name: true, email: true } },
      order: { select: { number: true, channel: true } },
    },
  });
  const rank = { PENDING: 0, PUBLISHED: 1, HIDDEN: 2 } as const;
  return rows.sort((a, b) => rank[a.status] - rank[b.status]);
}
export type OwnerReviewRow = Awaited<ReturnType<typeof listReviewsForOwner>>[number];
