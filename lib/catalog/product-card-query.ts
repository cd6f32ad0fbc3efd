// The one Prisma select behind every product card, and its mapping to ProductCardData.
import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ProductCardData } from './types';

/** Products a shopper may see: active, with at least one active variant. */
export const visibleProduct = {
  status: 'ACTIVE',
  variants: { some: { active: true } },
} satisfies Prisma.ProductWhereInput;

export const productCardSelect = {
  id: true,
  slug: true,
  nameFi: true,
  nameEn: true,
  variants: {
    where: { active: true },
    select: { priceCents: true, compareAtCents: true },
    orderBy: [{ priceCents: 'asc' }, { position: 'asc' }],
  },
  images: {
    select: { url: true, altFi: true, altEn: true, width: true, height: true },
    orderBy: { position: 'asc' },
    take: 1,
  },
} satisfies Prisma.ProductSelect;

export type ProductCardRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

/**
 * The same row as productCardSelect, as the columns of a raw query over products `p`: for a query
 * that finds products and wants their cards in the same statement (search), instead of a second
 * round of three (Prisma loads the variants and images with a query each). Keep the two in step.
 */
export const productCardColumns = Prisma.sql`
  p.id, p.slug, p.name_fi AS "nameFi", p.name_en AS "nameEn",
  (SELECT coalesce(json_agg(json_build_object('priceCents', v.price_cents, 'compareAtCents', v.compare_at_cents)
                            ORDER BY v.price_cents, v.position), '[]')
     FROM product_variants v WHERE v.product_id = p.id AND v.active) AS variants,
  (SELECT coalesce(json_agg(json_build_object('url', i.url, 'altFi', i.alt_fi, 'altEn', i.alt_en, 'width', i.width, 'height', i.height)), '[]')
     FROM (SELECT * FROM product_images i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) i) AS images`;

/** The card of a product row; null when it has no active variant (nothing to sell). */
export function toProductCard(row: ProductCardRow, locale: AppLocale): ProductCardData | null {
  const [cheapest] = row.variants;
  if (!cheapest) return null;
  const image = row.images[0];
  return {
    id: row.id,
    slug: row.slug,
    name: locale === 'fi' ? row.nameFi : row.nameEn,
    priceCents: cheapest.priceCents,
    priceVaries: row.variants.some((v) => v.priceCents !== cheapest.priceCents),
    compareAtCents:
      cheapest.compareAtCents !== null && cheapest.compareAtCents > cheapest.priceCents ? cheapest.compareAtCents : null,
    image: image
      ? { url: image.url, alt: locale === 'fi' ? image.altFi : image.altEn, width: image.width, height: image.height }
      : null,
  };
}

/** Cards for `rows`, leaving out products without an active variant. */
export function toProductCards(rows: ProductCardRow[], locale: AppLocale): ProductCardData[] {
  return rows.map((row) => toProductCard(row, locale)).filter((card): card is ProductCardData => card !== null);
}
