import 'server-only';
import { prisma } from '@/lib/db';
import { helsinkiClock } from './helsinki-clock';
import { pickupReadyToday } from './pickup-today';
import { stockStatus } from './stock-status';
import type { LocationStock, ProductAvailability } from './types';

/**
 * A product's stock in every location, by variant, as shoppers are told it ("in stock", "only 2
 * left", "out of stock"), and whether each store can have it ready for pickup today. `now` is
 * passed in so that the decision can be tested at any instant. Null unless the product is for sale.
 */
export async function getProductAvailability(input: { slug: string; now: Date }): Promise<ProductAvailability | null> {
  const product = await prisma.product.findFirst({
    where: { slug: input.slug, status: 'ACTIVE' },
    select: { id: true, variants: { where: { active: true }, orderBy: [{ position: 'asc' }, { sku: 'asc' }], select: { id: true, sku: true } } },
  });
  if (!product || product.variants.length === 0) return null;
  const variantIds = product.variants.map((v) => v.id);
  const today = new Date(`${helsinkiClock(input.now).date}T00:00:00Z`);

  const locations = await prisma.store.findMany({
    orderBy: [{ kind: 'asc' }, { position: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      city: true,
      pickupEnabled: true,
      preparationMinutes: true,
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true } },
      openingExceptions: { where: { date: today }, select: { date: true, closed: true, opensAt: true, closesAt: true } },
      stockLevels: { where: { variantId: { in: variantIds } }, select: { variantId: true, onHand: true, reserved: true } },
    },
  });

  return {
    productId: product.id,
    variants: product.variants,
    locations: locations.map((location) => {
      const pickupReadyAt = pickupReadyToday(
        {
          kind: location.kind,
          pickupEnabled: location.pickupEnabled,
          preparationMinutes: location.preparationMinutes,
          weekly: location.openingHours,
          exceptions: location.openingExceptions.map((e) => ({ ...e, date: e.date.toISOString().slice(0, 10) })),
        },
        input.now,
      );
      const available = new Map(location.stockLevels.map((l) => [l.variantId, l.onHand - l.reserved]));
      const stock: Record<string, LocationStock> = {};
      for (const variantId of variantIds) {
        const units = Math.max(0, available.get(variantId) ?? 0);
        const status = stockStatus(units);
        stock[variantId] = {
          status,
          ...(status === 'low' ? { quantity: units } : {}),
          pickupToday: pickupReadyAt !== null && units > 0,
        };
      }
      return {
        id: location.id,
        slug: location.slug,
        kind: location.kind,
        name: location.name,
        city: location.city,
        pickupEnabled: location.pickupEnabled,
        pickupReadyAt,
        stock,
      };
    }),
  };
}
