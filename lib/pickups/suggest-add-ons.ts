import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/lib/db';

/** One variant of an add-on that this store can sell now. */
export type AddOnVariant = { variantId: string; label: string | null; priceCents: number; availableHere: number };

export type AddOn = {
  productId: string;
  slug: string;
  name: string;
  /** The lowest price of the variants on the shelf here. */
  priceCents: number;
  /** Units on the shelf here and not held for anyone (all variants). */
  availableHere: number;
  /** In how many other orders it was bought together with this order's products. */
  boughtTogether: number;
  /** What staff can tick: the variants free here, cheapest first. */
  variants: AddOnVariant[];
};

type Row = {
  product_id: string;
  slug: string;
  name_fi: string;
  name_en: string;
  price_cents: number;
  available: number;
  together: number;
  variants: { variantId: string; label: string; priceCents: number; available: number }[];
};

/**
 * What to offer at the counter: the products most often bought together with this order's
 * products in other orders (that were paid or are to be paid at pickup), leaving out what is in
 * the order, only ACTIVE products with units free on this store's shelf, each with the variants
 * staff can sell from it here. One query.
 */
export async function suggestAddOns(input: { orderId: string; storeId: string; limit?: number; locale?: AppLocale }): Promise<AddOn[]> {
  const limit = Math.min(Math.max(input.limit ?? 4, 1), 20);
  const rows = await prisma.$queryRaw<Row[]>`
    WITH mine AS (
      SELECT DISTINCT product_id FROM order_lines WHERE order_id = ${input.orderId}::uuid AND product_id IS NOT NULL
    ), together AS (
      SELECT other.product_id, COUNT(DISTINCT other.order_id)::int AS together
        FROM order_lines base
        JOIN orders o ON o.id = base.order_id AND o.status IN ('PAID', 'PAY_AT_PICKUP', 'FULFILLED')
        JOIN order_lines other ON other.order_id = base.order_id AND other.product_id IS NOT NULL
       WHERE base.product_id IN (SELECT product_id FROM mine)
         AND base.order_id <> ${input.orderId}::uuid
         AND other.product_id NOT IN (SELECT product_id FROM mine)
       GROUP BY other.product_id
    )
    SELECT p.id AS product_id, p.slug, p.name_fi, p.name_en, shelf.price_cents, shelf.available, shelf.variants, together.together
      FROM together
      JOIN products p ON p.id = together.product_id AND p.status = 'ACTIVE'
      JOIN LATERAL (
        SELECT MIN(v.price_cents)::int AS price_cents, SUM(s.on_hand - s.reserved)::int AS available,
               json_agg(json_build_object(
                 'variantId', v.id, 'label', concat_ws(' / ', v.size, v.colour),
                 'priceCents', v.price_cents, 'available', s.on_hand - s.reserved
               ) ORDER BY v.price_cents, v.id) AS variants
          FROM product_variants v
          JOIN stock_levels s ON s.variant_id = v.id AND s.store_id = ${input.storeId}::uuid
         WHERE v.product_id = p.id AND v.active AND s.on_hand - s.reserved > 0
      ) shelf ON shelf.available > 0
     ORDER BY together.together DESC, shelf.available DESC, p.name_fi
     LIMIT ${limit}`;
  return rows.map((row) => ({
    productId: row.product_id,
    slug: row.slug,
    name: input.locale === 'en' ? row.name_en : row.name_fi,
    priceCents: row.price_cents,
    availableHere: row.available,
    boughtTogether: row.together,
    variants: row.variants.map((variant) => ({
      variantId: variant.variantId,
      label: variant.label || null,
      priceCents: variant.priceCents,
      availableHere: variant.available,
    })),
  }));
}
