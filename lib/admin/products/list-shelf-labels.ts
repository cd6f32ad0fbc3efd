import 'server-only';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { adminProductWhereSql } from './list-admin-products';
import type { ShelfLabelChoice } from './shelf-label-params';

export type ShelfLabel = {
  variantId: string;
  name: string;
  /** "M / sininen"; null for a variant without size or colour. */
  variantLabel: string | null;
  /** What the customer pays, VAT included (the shop's prices always include it). */
  priceCents: number;
  /** EAN-13 or EAN-8; null only for a variant saved before the shop gave its own codes. */
  ean: string | null;
};

/** 20 A4 sheets of 24: more than a shelf round needs, and a page that still prints quickly. */
export const MAX_SHELF_LABELS = 480;

/**
 * One label per active variant of the chosen products (archived products have none), by
 * product name in the page's language, then in the editor's variant order. `more` tells that
 * the choice had more labels than MAX_SHELF_LABELS.
 */
export async function listShelfLabels(choice: ShelfLabelChoice, locale: string): Promise<{ labels: ShelfLabel[]; more: boolean }> {
  if (choice.kind === 'none') return { labels: [], more: false };
  const products =
    choice.kind === 'ids'
      ? Prisma.sql`p.id = ANY(${choice.ids}::uuid[])`
      : adminProductWhereSql({ q: choice.q, categoryId: choice.categoryId, status: null, stock: null });
  const name = locale === 'en' ? Prisma.sql`p.name_en` : Prisma.sql`p.name_fi`;
  const rows = await prisma.$queryRaw<{ id: string; name: string; size: string | null; colour: string | null; price_cents: number; ean: string | null }[]>`
    SELECT v.id, ${name} AS name, v.size, v.colour, v.price_cents, v.ean
    FROM product_variants v JOIN products p ON p.id = v.product_id
    WHERE v.active AND p.status <> 'ARCHIVED' AND ${products}
    ORDER BY ${name}, p.id, v.position, v.id
    LIMIT ${MAX_SHELF_LABELS + 1}`;
  const labels = rows.slice(0, MAX_SHELF_LABELS).map((row) => ({
    variantId: row.id,
    name: row.name,
    variantLabel: [row.size, row.colour].filter(Boolean).join(' / ') || null,
    priceCents: row.price_cents,
    ean: row.ean,
  }));
  return { labels, more: rows.length > MAX_SHELF_LABELS };
}
