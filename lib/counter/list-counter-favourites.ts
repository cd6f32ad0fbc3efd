import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/lib/db';
import { counterVariantSelect, SELLABLE_VARIANT, toCounterItem, type CounterItem } from './counter-item';

const FAVOURITES = 8;

/** What this store sold most in the last 30 days (at the counter and picked up): one tap each at the till. */
export async function listCounterFavourites(storeId: string, locale: AppLocale): Promise<CounterItem[]> {
  const top = await prisma.$queryRaw<{ variant_id: string }[]>`
    SELECT ol.variant_id
      FROM order_lines ol
      JOIN orders o ON o.id = ol.order_id
     WHERE o.pickup_store_id = ${storeId}::uuid
       AND o.placed_at > now() - interval '30 days'
       AND o.status IN ('PAID', 'PAY_AT_PICKUP', 'FULFILLED')
       AND ol.variant_id IS NOT NULL
     GROUP BY ol.variant_id
     ORDER BY sum(ol.quantity) DESC, ol.variant_id
     LIMIT ${FAVOURITES}`;
  if (top.length === 0) return [];
  const ids = top.map((row) => row.variant_id);
  const rows = await prisma.productVariant.findMany({ where: { id: { in: ids }, ...SELLABLE_VARIANT }, select: counterVariantSelect(storeId) });
  const rank = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)).map((row) => toCounterItem(row, locale));
}
