import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';

export type SetProductsStatusInput = { productIds: readonly string[]; status: 'ACTIVE' | 'ARCHIVED' | 'DRAFT' };

/** Publishes or archives products; each product whose status changed is audited. Returns their ids. */
export async function setProductsStatus(input: SetProductsStatusInput, actorId: string): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const products = await tx.product.findMany({
      where: { id: { in: [...input.productIds] }, status: { not: input.status } },
      select: { id: true, status: true },
      orderBy: { id: 'asc' },
    });
    const ids = products.map((p) => p.id);
    await tx.product.updateMany({ where: { id: { in: ids } }, data: { status: input.status } });
    for (const product of products) {
      await recordAudit(tx, {
        actorId,
        action: 'product.status_changed',
        entityType: 'product',
        entityId: product.id,
        data: { before: product.status, after: input.status },
      });
    }
    return ids;
  });
}
