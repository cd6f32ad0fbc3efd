import 'server-only';
import { prisma } from '@/lib/db';

const RECENT_TRANSFERS = 20;

/**
 * The stock picture of one product: its variants, every store, the stock row of each variant
 * in each store (missing: none there), and its transfers (open ones first, then the latest).
 */
export async function getProductStock(productId: string) {
  const product = await prisma.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      nameFi: true,
      nameEn: true,
      variants: { select: { id: true, sku: true, size: true, colour: true, active: true }, orderBy: { position: 'asc' } },
    },
  });
  if (!product) return null;
  const variantIds = product.variants.map((v) => v.id);
  const [stores, levels, transfers] = await Promise.all([
    prisma.store.findMany({ select: { id: true, name: true, kind: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }] }),
    prisma.stockLevel.findMany({ where: { variantId: { in: variantIds } }, select: { variantId: true, storeId: true, onHand: true, reserved: true } }),
    prisma.stockTransfer.findMany({
      where: { lines: { some: { variantId: { in: variantIds } } } },
      select: {
        id: true,
        status: true,
        note: true,
        createdAt: true,
        shippedAt: true,
        receivedAt: true,
        fromStore: { select: { name: true } },
        toStore: { select: { name: true } },
        order: { select: { number: true } },
        lines: { where: { variantId: { in: variantIds } }, select: { quantity: true, variant: { select: { sku: true } } } },
      },
      orderBy: { createdAt: 'desc' },
      take: RECENT_TRANSFERS,
    }),
  ]);
  const open = (status: string) => status === 'REQUESTED' || status === 'IN_TRANSIT';
  transfers.sort((a, b) => Number(open(b.status)) - Number(open(a.status)));
  return { product, stores, levels, transfers };
}

export type ProductStock = NonNullable<Awaited<ReturnType<typeof getProductStock>>>;
