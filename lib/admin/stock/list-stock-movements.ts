import 'server-only';
import { prisma } from '@/lib/db';

export const MOVEMENTS_PER_PAGE = 25;

/** A product's stock movements, latest first, one page (with store, who and the order's number). */
export async function listStockMovements(productId: string, page: number) {
  const where = { variant: { productId } };
  const total = await prisma.stockMovement.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MOVEMENTS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const items = await prisma.stockMovement.findMany({
    where,
    select: {
      id: true,
      type: true,
      onHandDelta: true,
      reservedDelta: true,
      reason: true,
      createdAt: true,
      variant: { select: { sku: true } },
      store: { select: { name: true } },
      actor: { select: { name: true, email: true } },
      order: { select: { number: true } },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * MOVEMENTS_PER_PAGE,
    take: MOVEMENTS_PER_PAGE,
  });
  return { items, total, page: current, pageCount };
}
