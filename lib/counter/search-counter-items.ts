import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/lib/db';
import { counterVariantSelect, SELLABLE_VARIANT, toCounterItem, type CounterItem } from './counter-item';

const MAX_RESULTS = 8;

/** Variants whose product name (either language) or SKU contains every word typed, for the till. */
export async function searchCounterItems(storeId: string, query: string, locale: AppLocale): Promise<CounterItem[]> {
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length === 0) return [];
  const rows = await prisma.productVariant.findMany({
    where: {
      ...SELLABLE_VARIANT,
      AND: words.map((word) => ({
        OR: [
          { sku: { contains: word, mode: 'insensitive' as const } },
          { product: { nameFi: { contains: word, mode: 'insensitive' as const } } },
          { product: { nameEn: { contains: word, mode: 'insensitive' as const } } },
        ],
      })),
    },
    orderBy: [{ product: { nameFi: 'asc' } }, { position: 'asc' }],
    take: MAX_RESULTS,
    select: counterVariantSelect(storeId),
  });
  return rows.map((row) => toCounterItem(row, locale));
}
