// Opening stock per variant and location, different in each store: some sold out, some with
// only a few left, most with plenty. Each level is written with the RECEIVE movement that
// explains it, so the movements of a (variant, store) always add up to its on-hand count.
import type { SeededVariant } from './catalog';
import type { SeededStores } from './stores';
import type { SeedDb } from './types';

// A small deterministic generator: the demo shop has the same stock on every machine.
function random(seed: string): () => number {
  let state = [...seed].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function openingStock(sku: string, storeSlug: string, warehouse: boolean): number {
  const roll = random(`${sku}@${storeSlug}`)();
  const next = random(`${storeSlug}#${sku}`);
  if (warehouse) return roll < 0.05 ? 0 : 10 + Math.floor(next() * 70);
  if (roll < 0.12) return 0; // sold out here
  if (roll < 0.3) return 1 + Math.floor(next() * 3); // few left
  return 4 + Math.floor(next() * 30);
}

export async function seedStock(db: SeedDb, variants: SeededVariant[], stores: SeededStores): Promise<number> {
  const levels = [];
  for (const variant of variants) {
    for (const [slug, store] of Object.entries(stores)) {
      const onHand = openingStock(variant.sku, slug, store.kind === 'WAREHOUSE');
      levels.push({ variantId: variant.id, storeId: store.id, onHand });
    }
  }
  await db.stockLevel.createMany({ data: levels });
  await db.stockMovement.createMany({
    data: levels
      .filter((level) => level.onHand > 0)
      .map((level) => ({
        variantId: level.variantId,
        storeId: level.storeId,
        type: 'RECEIVE' as const,
        onHandDelta: level.onHand,
        reason: 'Opening stock (demo data)',
      })),
  });
  return levels.length;
}
