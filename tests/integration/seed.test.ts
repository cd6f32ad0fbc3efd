import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { createPrismaClient, prisma } from '@/lib/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemoShop, type SeedSummary } from '@/prisma/seed';
import { STORIES } from '@/prisma/seed/stories';
import { readContentBody } from '@/lib/content/blocks';
import { TEMPLATE_DATABASE, dropDatabase, withDatabase } from '../support/global-setup';
import { testDatabaseUrl } from '../support/test-database';

describe('the demo shop seed, with demo accounts', () => {
  let summary: SeedSummary;
  let seconds: number;
  beforeAll(async () => {
    expect(await isDatabaseEmpty(prisma)).toBe(true);
    const started = performance.now();
    summary = await seedDemoShop(prisma, { demoPasswords: true });
    seconds = (performance.now() - started) / 1000;
  });

  it('takes a few seconds at most, and the database is no longer empty', async () => {
    expect(seconds).toBeLessThan(10);
    expect(await isDatabaseEmpty(prisma)).toBe(false);
  });

  it('has two stores with pickup and returns, and a web warehouse without them', async () => {
    const stores = await prisma.store.findMany({ include: { openingHours: true }, orderBy: { position: 'asc' } });
    expect(stores.map((s) => [s.slug, s.kind, s.pickupEnabled, s.returnsEnabled])).toEqual([
      ['jyvaskyla', 'STORE', true, true],
      ['tampere', 'STORE', true, true],
      ['verkkovarasto', 'WAREHOUSE', false, false],
    ]);
    expect(stores[0]).toMatchObject({ name: 'Pihlajan Puoti Jyväskylä', city: 'Jyväskylä', street: expect.stringMatching(/^Kauppakatu/) });
    expect(stores[1]).toMatchObject({ name: 'Pihlajan Puoti Tampere', city: 'Tampere' });
    for (const store of stores.slice(0, 2)) {
      expect(store.openingHours.map((h) => h.weekday).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
    expect(summary.stores).toBe(3);
  });

  it('has about sixty products in about eight categories, named in Finnish and English', async () => {
    const categories = await prisma.category.count();
    const products = await prisma.product.findMany({ include: { variants: true, images: true } });
    expect(categories).toBeGreaterThanOrEqual(7);
    expect(products.length).toBeGreaterThanOrEqual(55);
    expect(products.length).toBeLessThanOrEqual(70);
    for (const product of products) {
      expect(product.nameFi.length && product.nameEn.length && product.descriptionFi.length && product.descriptionEn.length).toBeTruthy();
      expect(product.categoryId).not.toBeNull();
      expect(product.variants.length).toBeGreaterThan(0);
      expect(product.images).toHaveLength(1);
      expect(product.images[0].altFi && product.images[0].altEn).toBeTruthy();
    }
    const rates = new Set(products.flatMap((p) => p.variants.map((v) => v.vatRateBp)));
    expect([...rates].sort()).toEqual([0, 1000, 1400, 2550]);
    expect(products.some((p) => p.featured)).toBe(true);
    expect(products.some((p) => p.finalSale)).toBe(true);
    expect(products.some((p) => p.variants.some((v) => v.compareAtCents !== null))).toBe(true);
    expect(products.some((p) => p.variants.some((v) => v.size !== null && v.colour !== null))).toBe(true);
  });

  it('draws every product picture as a small committed SVG file', async () => {
    const images = await prisma.productImage.findMany();
    for (const image of images) {
      const file = path.join('public', image.url);
      expect(existsSync(file), `${file} exists`).toBe(true);
      expect(statSync(file).size).toBeLessThan(2048);
    }
  });

  it('has stock that differs by store, explained by movements that add up to it', async () => {
    const levels = await prisma.stockLevel.findMany();
    const movements = await prisma.stockMovement.groupBy({ by: ['variantId', 'storeId'], _sum: { onHandDelta: true } });
    const moved = new Map(movements.map((m) => [`${m.variantId}@${m.storeId}`, m._sum.onHandDelta ?? 0]));
    for (const level of levels) {
      expect(moved.get(`${level.variantId}@${level.storeId}`) ?? 0).toBe(level.onHand);
      expect(level.reserved).toBe(0);
    }
    const variants = await prisma.productVariant.count();
    expect(levels).toHaveLength(variants * 3);
    expect(levels.filter((l) => l.onHand === 0).length).toBeGreaterThan(5);
    expect(levels.filter((l) => l.onHand >= 1 && l.onHand <= 3).length).toBeGreaterThan(5);
    expect(levels.filter((l) => l.onHand > 3).length).toBeGreaterThan(levels.length / 2);
  });

  it('has the four demo accounts with their roles, stores and the demo password', async () => {
    const users = await prisma.user.findMany({
      omit: { passwordHash: false },
      include: { storeAssignments: { include: { store: true } } },
    });
    expect(users).toHaveLength(4);
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.email === account.email)!;
      expect(user, account.email).toBeDefined();
      expect(user.role).toBe(account.role);
      expect(user.name).toBe(account.name);
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash!, 'wrong-password')).toBe(false);
      expect(user.storeAssignments.map((a) => a.store.slug)).toEqual(account.store ? [account.store] : []);
    }
  });

  it('has three upcoming events in the stores, with pages in both languages and featured products', async () => {
    const events = await prisma.event.findMany({
      include: { contents: true, featuredProducts: true, store: true },
      orderBy: { startsAt: 'asc' },
    });
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event.startsAt.getTime()).toBeGreaterThan(Date.now());
      expect(event.store.kind).toBe('STORE');
      expect(event.capacity).toBeGreaterThan(0);
      expect(event.featuredProducts.length).toBeGreaterThan(0);
      expect(event.contents.map((c) => c.locale).sort()).toEqual(['en', 'fi']);
      // 18:00 in Helsinki
      const hour = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', hour: 'numeric' }).format(event.startsAt);
      expect(hour).toBe('18');
    }
  });

  it('has stories and guides in Finnish and English whose product blocks name real products', async () => {
    const contents = await prisma.content.findMany({ where: { type: { in: ['STORY', 'GUIDE'] } } });
    expect(contents).toHaveLength(STORIES.length * 2);
    const groups = new Map<string, string[]>();
    for (const content of contents) groups.set(content.translationGroupId, [...(groups.get(content.translationGroupId) ?? []), content.locale]);
    for (const locales of groups.values()) expect(locales.sort()).toEqual(['en', 'fi']);

    const slugs = new Set((await prisma.product.findMany({ select: { slug: true } })).map((p) => p.slug));
    const all = await prisma.content.findMany();
    const blocks = all.flatMap((c) => readContentBody(c.body));
    // Every seeded block is one the pages can show (readContentBody leaves invalid ones out).
    expect(blocks.length).toBe(all.reduce((n, c) => n + (c.body as unknown[]).length, 0));
    const named = blocks.flatMap((block) =>
      block.type === 'productGrid' ? (block.productSlugs ?? []) : block.type === 'productCard' ? [block.productSlug] : [],
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it('stores the shop settings', async () => {
    const settings = Object.fromEntries((await prisma.setting.findMany()).map((s) => [s.key, s.value]));
    expect(settings['shop.name']).toBe('Pihlajan Puoti');
    expect(settings['shipping.rates']).toEqual({ deliveryCents: 690, parcelLockerCents: 490, freeOverCents: 6000 });
    expect(settings['checkout.reservationMinutes']).toBe(15);
    expect(settings['returns.windowDays']).toBe(30);
  });
});

describe('the demo shop seed, without demo accounts', () => {
  it('creates no user and no password', async () => {
    // A second empty database, cloned from the same migrated template.
    const name = `${new URL(testDatabaseUrl).pathname.slice(1)}_bare`;
    const admin = createPrismaClient(withDatabase(testDatabaseUrl, 'postgres'));
    await admin.$executeRawUnsafe(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
    await admin.$disconnect();
    const db = createPrismaClient(withDatabase(testDatabaseUrl, name));
    try {
      const summary = await seedDemoShop(db, { demoPasswords: false });
      expect(summary.users).toBe(0);
      expect(summary.products).toBeGreaterThanOrEqual(55);
      expect(await db.user.count()).toBe(0);
      expect(await db.user.count({ where: { passwordHash: { not: null } } })).toBe(0);
      expect(await db.content.count({ where: { authorId: { not: null } } })).toBe(0);
    } finally {
      await db.$disconnect();
      await dropDatabase(testDatabaseUrl, name);
    }
  });
});
