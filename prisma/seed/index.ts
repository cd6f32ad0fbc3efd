// The demo shop "Pihlajan Puoti": two neighbourhood stores and a web warehouse, about sixty
// products with stock, stories, guides and upcoming events, shop settings and, when asked for,
// one demo account per role. Everything is written in one transaction: all or nothing.
import type { Db } from '../../lib/db';
import { seedCatalog } from './catalog';
import { seedEvents } from './events';
import { seedSettings } from './settings';
import { seedStock } from './stock';
import { seedStores } from './stores';
import { seedStories } from './stories';
import type { SeedSummary } from './types';
import { hashDemoPassword, seedDemoUsers } from './users';

export type { SeedSummary } from './types';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './users';

export type SeedOptions = {
  /** Create the demo accounts, whose password is published in the README. Never on a real shop. */
  demoPasswords: boolean;
};

export async function seedDemoShop(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const passwordHash = options.demoPasswords ? await hashDemoPassword() : null;
  return db.$transaction(
    async (tx) => {
      const stores = await seedStores(tx);
      const catalog = await seedCatalog(tx);
      const stockLevels = await seedStock(tx, catalog.variants, stores);
      const users = passwordHash ? await seedDemoUsers(tx, stores, passwordHash) : null;
      const context = { tagIds: catalog.tagIds, authorId: users?.ownerId ?? null };
      const stories = await seedStories(tx, context);
      const events = await seedEvents(tx, context, stores, catalog.productIds);
      await seedSettings(tx);
      return {
        stores: Object.keys(stores).length,
        categories: catalog.categories,
        products: catalog.productIds.size,
        variants: catalog.variants.length,
        stockLevels,
        users: users?.count ?? 0,
        contents: stories + events * 2,
        events,
      };
    },
    { timeout: 60_000 },
  );
}

/** A database without stores and users has never been set up (seeded or used). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [stores, users] = await Promise.all([db.store.count(), db.user.count()]);
  return stores === 0 && users === 0;
}
