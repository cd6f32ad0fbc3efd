import type { AppLocale } from '@/i18n/routing';

/** A variant as the till shows it: what it is, its price, and how many this store can sell now. */
export type CounterItem = {
  variantId: string;
  productId: string;
  sku: string;
  ean: string | null;
  name: string;
  variantLabel: string | null;
  priceCents: number;
  vatRateBp: number;
  /** On the shelf here and not held for an online order. */
  available: number;
};

export type CounterVariantRow = {
  id: string;
  sku: string;
  ean: string | null;
  priceCents: number;
  vatRateBp: number;
  size: string | null;
  colour: string | null;
  product: { id: string; nameFi: string; nameEn: string };
  stockLevels: { onHand: number; reserved: number }[];
};

/** The Prisma selection of a variant for the till, with its stock at `storeId`. */
export function counterVariantSelect(storeId: string) {
  return {
    id: true,
    sku: true,
    ean: true,
    priceCents: true,
    vatRateBp: true,
    size: true,
    colour: true,
    product: { select: { id: true, nameFi: true, nameEn: true } },
    stockLevels: { where: { storeId }, select: { onHand: true, reserved: true } },
  } as const;
}

/** Only what the counter may sell: an active variant of a product on sale. */
export const SELLABLE_VARIANT = { active: true, product: { status: 'ACTIVE' } } as const;

export function toCounterItem(row: CounterVariantRow, locale: AppLocale): CounterItem {
  const level = row.stockLevels[0];
  return {
    variantId: row.id,
    productId: row.product.id,
    sku: row.sku,
    ean: row.ean,
    name: locale === 'fi' ? row.product.nameFi : row.product.nameEn,
    variantLabel: [row.size, row.colour].filter(Boolean).join(' / ') || null,
    priceCents: row.priceCents,
    vatRateBp: row.vatRateBp,
    available: level ? Math.max(0, level.onHand - level.reserved) : 0,
  };
}
