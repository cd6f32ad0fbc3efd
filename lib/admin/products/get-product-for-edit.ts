import 'server-only';
import { prisma } from '@/lib/db';

/** A product with everything the editor shows, or null. Prices stay in cents. */
export async function getProductForEdit(productId: string) {
  return prisma.product.findUnique({
    where: { id: productId },
    select: {
      id: true,
      slug: true,
      nameFi: true,
      nameEn: true,
      descriptionFi: true,
      descriptionEn: true,
      categoryId: true,
      status: true,
      finalSale: true,
      featured: true,
      updatedAt: true,
      tags: { select: { tag: { select: { nameFi: true } } }, orderBy: { tag: { nameFi: 'asc' } } },
      images: { select: { id: true, url: true, altFi: true, altEn: true }, orderBy: { position: 'asc' } },
      variants: {
        select: { id: true, sku: true, ean: true, size: true, colour: true, priceCents: true, compareAtCents: true, vatRateBp: true, active: true },
        orderBy: { position: 'asc' },
      },
    },
  });
}

export type ProductForEdit = NonNullable<Awaited<ReturnType<typeof getProductForEdit>>>;
