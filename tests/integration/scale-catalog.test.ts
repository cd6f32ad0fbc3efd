import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { seedDemoShop } from '@/prisma/seed';
import { scaleCatalog } from '@/prisma/seed/scale-catalog';
import '../support/test-database';

describe('scaling the demo catalog for benchmarks', () => {
  it('adds active products with a variant, an image and stock whose movements add up', async () => {
    await seedDemoShop(prisma, { demoPasswords: false });
    const before = await prisma.product.count();
    expect(await scaleCatalog(prisma, before + 150)).toBe(150);
    expect(await prisma.product.count()).toBe(before + 150);
    expect(await prisma.product.count({ where: { slug: { startsWith: 'tuote-' }, status: 'ACTIVE', variants: { some: {} }, images: { some: {} } } })).toBe(150);
    const mismatches = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM stock_levels l
      WHERE l.on_hand <> COALESCE((SELECT sum(on_hand_delta) FROM stock_movements m WHERE m.variant_id = l.variant_id AND m.store_id = l.store_id), 0)`;
    expect(mismatches[0].n).toBe(0);
    // Running it again to the same size adds nothing.
    expect(await scaleCatalog(prisma, before + 150)).toBe(0);
  });
});
