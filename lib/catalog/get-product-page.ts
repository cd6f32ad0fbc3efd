import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { categoryPath } from './category-tree';
import type { ProductPageData } from './types';

/** What the product page shows, in the shopper's language; null unless the product is for sale. */
export async function getProductPage(input: { slug: string; locale: AppLocale }): Promise<ProductPageData | null> {
  const { slug, locale } = input;
  const fi = locale === 'fi';
  const product = await prisma.product.findFirst({
    where: { slug, status: 'ACTIVE' },
    select: {
      id: true,
      slug: true,
      nameFi: true,
      nameEn: true,
      descriptionFi: true,
      descriptionEn: true,
      vendor: true,
      finalSale: true,
      categoryId: true,
      images: { orderBy: { position: 'asc' }, select: { url: true, altFi: true, altEn: true, width: true, height: true } },
      variants: {
        where: { active: true },
        orderBy: [{ position: 'asc' }, { sku: 'asc' }],
        select: { id: true, sku: true, size: true, colour: true, priceCents: true, compareAtCents: true, vatRateBp: true },
      },
    },
  });
  if (!product || product.variants.length === 0) return null;

  const categories = product.categoryId
    ? await prisma.category.findMany({ select: { id: true, slug: true, nameFi: true, nameEn: true, parentId: true } })
    : [];
  const path = product.categoryId ? categoryPath(categories, product.categoryId) : [];

  return {
    id: product.id,
    slug: product.slug,
    name: fi ? product.nameFi : product.nameEn,
    description: fi ? product.descriptionFi : product.descriptionEn,
    vendor: product.vendor,
    finalSale: product.finalSale,
    categoryPath: path.map((c) => ({ id: c.id, slug: c.slug, name: fi ? c.nameFi : c.nameEn })),
    images: product.images.map((image) => ({
      url: image.url,
      alt: fi ? image.altFi : image.altEn,
      width: image.width,
      height: image.height,
    })),
    variants: product.variants,
  };
}
