import 'server-only';
import { prisma } from '@/lib/db';

/**
 * Refunds of returns received at this store that did not go through: refused (FAILED), or still
 * PENDING because the payment provider did not answer. Staff retry them from the desk.
 */
export async function listDeskRefundsNeedingAttention(storeId: string) {
  return prisma.refund.findMany({
    where: {
      return: { storeId },
      OR: [{ status: 'FAILED' }, { status: 'PENDING', failureReason: { not: null } }],
    },
    orderBy: { createdAt: 'asc' },
    take: 100,
    select: {
      id: true,
      amountCents: true,
      currency: true,
      status: true,
      failureReason: true,
      createdAt: true,
      order: { select: { number: true, name: true } },
      return: { select: { number: true } },
    },
  });
}
