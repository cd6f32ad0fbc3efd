// The product editor and the list's bulk actions, called as Next would call the server actions,
// with the signed-in user, locale, navigation and cache replaced by stand-ins; the database is real.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bulkAdminProductsAction } from '@/lib/actions/admin-product-bulk';
import { saveAdminProductAction } from '@/lib/actions/admin-product-save';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createProduct, setStock } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';

type User = Awaited<ReturnType<typeof createUser>>;

/** The product ids of each revalidateProducts call. */
const catalog = vi.hoisted(() => ({ revalidated: [] as string[][] }));

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/catalog/revalidate-catalog', () => ({
  revalidateProducts: async (ids: string[]) => {
    catalog.revalidated.push([...ids]);
  },
  revalidateCatalog: () => {},
}));

const idle: FormState = { status: 'idle' };
let owner: User;
let staff: User;
let customer: User;

beforeAll(async () => {
  const store = await createStore();
  owner = await createUser({ role: 'OWNER' });
  staff = await createUser({ role: 'STAFF' });
  await prisma.staffAssignment.create({ data: { userId: staff.id, storeId: store.id } });
  customer = await createUser();
});

beforeEach(() => {
  resetRequest();
  request.userId = owner.id;
  catalog.revalidated = [];
});

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

let sequence = 0;
function newProductFields(overrides: Record<string, string> = {}) {
  sequence += 1;
  return {
    nameFi: `Villasukat ${sequence}`,
    nameEn: `Wool socks ${sequence}`,
    slug: `villasukat-${sequence}-${Date.now()}`,
    descriptionFi: 'Lämpimät sukat.',
    tags: 'villa, Talvi',
    vatRateBp: '2550',
    status: 'ACTIVE',
    'images.0.url': '/demo/products/socks.svg',
    'images.0.altFi': 'Harmaat villasukat',
    'variants.0.sku': `SOCK-${sequence}-S-${Date.now()}`,
    'variants.0.size': '36–38',
    'variants.0.price': '19,90',
    'variants.0.active': 'on',
    'variants.1.sku': `SOCK-${sequence}-L-${Date.now()}`,
    'variants.1.size': '42–44',
    'variants.1.price': '21,50',
    'variants.1.compareAt': '25',
    'variants.1.active': 'on',
    ...overrides,
  };
}

async function refused(run: () => Promise<unknown>, user: User | null): Promise<string> {
  request.userId = user?.id ?? null;
  try {
    await run();
  } catch (error) {
    if (error instanceof Stopped) return error.how;
    throw error;
  }
  return 'not refused';
}

describe('only the owner may change products', () => {
  it.each([
    ['signed out', (): User | null => null, /^redirect \/signin/],
    ['a customer', (): User | null => customer, /^forbidden$/],
    ['staff', (): User | null => staff, /^forbidden$/],
  ] as const)('refuses %s, action by action, and nothing changes', async (_who, who, expected) => {
    const product = await createProduct({ status: 'DRAFT', variants: [{ priceCents: 1000 }] });
    const productsBefore = await prisma.product.count();
    const fields = newProductFields();

    expect(await refused(() => saveAdminProductAction(idle, form(fields)), who())).toMatch(expected);
    const update = { ...newProductFields(), productId: product.id, 'variants.0.id': product.variants[0].id, 'variants.0.sku': product.variants[0].sku };
    expect(await refused(() => saveAdminProductAction(idle, form(update)), who())).toMatch(expected);
    expect(await refused(() => bulkAdminProductsAction(idle, form({ ids: [product.id], operation: 'publish' })), who())).toMatch(expected);
    expect(await refused(() => bulkAdminProductsAction(idle, form({ ids: [product.id], operation: 'price', percent: '-50' })), who())).toMatch(expected);

    expect(await prisma.product.count()).toBe(productsBefore);
    expect(await prisma.product.findUnique({ where: { id: product.id }, select: { status: true, nameFi: true } })).toMatchObject({ status: 'DRAFT', nameFi: product.nameFi });
    expect(await prisma.productVariant.findUnique({ where: { id: product.variants[0].id }, select: { priceCents: true } })).toEqual({ priceCents: 1000 });
    expect(catalog.revalidated).toEqual([]);
  });
});

describe('creating a product', () => {
  it('saves the texts, tags, picture and two variants in cents, and refreshes the shop at once', async () => {
    const fields = newProductFields();
    const state = await saveAdminProductAction(idle, form(fields));
    expect(state.status).toBe('ok');
    const product = await prisma.product.findUniqueOrThrow({
      where: { slug: fields.slug },
      include: { variants: { orderBy: { position: 'asc' } }, images: true, tags: { include: { tag: true } } },
    });
    expect(state.redirectTo).toBe(`/admin/products/${product.id}?saved=created`);
    expect(product).toMatchObject({ nameFi: fields.nameFi, nameEn: fields.nameEn, status: 'ACTIVE', descriptionFi: 'Lämpimät sukat.' });
    expect(product.variants.map((v) => [v.sku, v.size, v.priceCents, v.compareAtCents, v.vatRateBp, v.active])).toEqual([
      [fields['variants.0.sku'], '36–38', 1990, null, 2550, true],
      [fields['variants.1.sku'], '42–44', 2150, 2500, 2550, true],
    ]);
    expect(product.images).toMatchObject([{ url: '/demo/products/socks.svg', altFi: 'Harmaat villasukat', altEn: 'Harmaat villasukat' }]);
    expect(product.tags.map((t) => t.tag.slug).sort()).toEqual(['talvi', 'villa']);
    expect(catalog.revalidated).toEqual([[product.id]]);
    expect(await prisma.auditLog.count({ where: { action: 'product.created', entityId: product.id, actorId: owner.id } })).toBe(1);
  });

  it('saves nothing when a field is wrong, and says which and why', async () => {
    const existing = await createProduct();
    const before = { products: await prisma.product.count(), variants: await prisma.productVariant.count(), tags: await prisma.tag.count() };

    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ 'variants.1.sku': existing.variants[0].sku }, { 'variants.1.sku': 'Tämä tuotekoodi on jo toisella tuotteella.' }],
      [{ slug: existing.slug }, { slug: 'Tämä osoite on jo toisella tuotteella. Valitse toinen.' }],
      [{ 'variants.0.price': '-5,00' }, { 'variants.0.price': 'Hinta ei voi olla negatiivinen.' }],
      [{ 'variants.1.compareAt': '21,50' }, { 'variants.1.compareAt': 'Vertailuhinnan pitää olla suurempi kuin hinta (tai jätä se tyhjäksi).' }],
      [{ 'images.0.altFi': '  ' }, { 'images.0.altFi': 'Kuvaile kuva suomeksi.' }],
    ];
    for (const [change, fieldErrors] of cases) {
      const state = await saveAdminProductAction(idle, form(newProductFields({ tags: 'uusi-tunniste-jota-ei-ole', ...change })));
      expect(state).toMatchObject({ status: 'error', message: 'Tarkista lomakkeen tiedot.', fieldErrors });
    }
    expect({ products: await prisma.product.count(), variants: await prisma.productVariant.count(), tags: await prisma.tag.count() }).toEqual(before);
    expect(catalog.revalidated).toEqual([]);
  });
});

describe('editing a product', () => {
  it('audits each changed price with before and after, and refreshes the shop', async () => {
    const product = await createProduct({ variants: [{ priceCents: 1290 }, { priceCents: 2000 }] });
    const [a, b] = product.variants;
    const fields = {
      productId: product.id,
      nameFi: 'Uusi nimi',
      nameEn: 'New name',
      slug: product.slug,
      vatRateBp: '1400',
      status: 'ACTIVE',
      'variants.0.id': a.id,
      'variants.0.sku': a.sku,
      'variants.0.price': '9,90',
      'variants.0.active': 'on',
      'variants.1.id': b.id,
      'variants.1.sku': b.sku,
      'variants.1.price': '20,00',
      'variants.1.active': 'on',
    };
    const state = await saveAdminProductAction(idle, form(fields));
    expect(state).toMatchObject({ status: 'ok', redirectTo: `/admin/products/${product.id}?saved=saved` });
    expect(await prisma.productVariant.findMany({ where: { productId: product.id }, select: { priceCents: true, vatRateBp: true }, orderBy: { position: 'asc' } })).toEqual([
      { priceCents: 990, vatRateBp: 1400 },
      { priceCents: 2000, vatRateBp: 1400 },
    ]);
    const audit = await prisma.auditLog.findMany({ where: { action: 'product.price_changed', data: { path: ['productId'], equals: product.id } } });
    expect(audit).toMatchObject([{ actorId: owner.id, entityType: 'variant', entityId: a.id, data: { beforeCents: 1290, afterCents: 990 } }]);
    expect(catalog.revalidated).toEqual([[product.id]]);
  });

  it('refuses to remove a variant that has stock history (deactivate it instead)', async () => {
    const store = await createStore();
    const product = await createProduct({ variants: [{}, {}] });
    await setStock(product.variants[1].id, store.id, 3);
    const [a] = product.variants;
    const state = await saveAdminProductAction(
      idle,
      form({ productId: product.id, nameFi: 'x', nameEn: 'x', slug: product.slug, vatRateBp: '2550', status: 'ACTIVE', 'variants.0.id': a.id, 'variants.0.sku': a.sku, 'variants.0.price': '1' }),
    );
    expect(state).toMatchObject({ status: 'error', fieldErrors: { variants: expect.stringContaining('ei voi poistaa') } });
    expect(await prisma.productVariant.count({ where: { productId: product.id } })).toBe(2);
    expect(await prisma.product.findUnique({ where: { id: product.id }, select: { nameFi: true } })).toEqual({ nameFi: product.nameFi });
  });
});

describe('bulk actions', () => {
  it('lowers every variant price by 10 %, rounded to whole cents, audited, compare-at untouched', async () => {
    const p1 = await createProduct({ variants: [{ priceCents: 1290, compareAtCents: 1990 }, { priceCents: 995 }] });
    const p2 = await createProduct({ variants: [{ priceCents: 0 }] });
    const untouched = await createProduct({ variants: [{ priceCents: 5000 }] });

    const state = await bulkAdminProductsAction(idle, form({ ids: [p1.id, p2.id], operation: 'price', percent: '-10' }));
    expect(state).toEqual({ status: 'ok', message: '2 version hinnat muutettiin.' });

    const prices = await prisma.productVariant.findMany({ where: { productId: { in: [p1.id, p2.id, untouched.id] } }, select: { id: true, priceCents: true, compareAtCents: true } });
    const byId = new Map(prices.map((v) => [v.id, v]));
    expect(byId.get(p1.variants[0].id)).toMatchObject({ priceCents: 1161, compareAtCents: 1990 });
    expect(byId.get(p1.variants[1].id)).toMatchObject({ priceCents: 896 }); // 895.5 -> 896
    expect(byId.get(p2.variants[0].id)).toMatchObject({ priceCents: 0 });
    expect(byId.get(untouched.variants[0].id)).toMatchObject({ priceCents: 5000 });

    const audit = await prisma.auditLog.findMany({ where: { action: 'product.price_changed', entityId: { in: [...p1.variants, ...p2.variants].map((v) => v.id) } } });
    expect(audit.map((a) => [a.entityId, (a.data as { beforeCents: number }).beforeCents, (a.data as { afterCents: number }).afterCents]).sort()).toEqual(
      [
        [p1.variants[0].id, 1290, 1161],
        [p1.variants[1].id, 995, 896],
      ].sort(),
    );
    expect(audit.every((a) => a.actorId === owner.id)).toBe(true);
    expect(catalog.revalidated.map((ids) => [...ids].sort())).toEqual([[p1.id, p2.id].sort()]);
  });

  it('publishes and archives the selected products', async () => {
    const draft = await createProduct({ status: 'DRAFT' });
    const active = await createProduct();
    expect(await bulkAdminProductsAction(idle, form({ ids: [draft.id, active.id], operation: 'publish' }))).toEqual({ status: 'ok', message: 'Yksi tuote julkaistiin.' });
    expect(catalog.revalidated).toEqual([[draft.id]]);
    expect(await bulkAdminProductsAction(idle, form({ ids: [draft.id, active.id], operation: 'archive' }))).toEqual({ status: 'ok', message: '2 tuotetta arkistoitiin.' });
    expect(await prisma.product.findMany({ where: { id: { in: [draft.id, active.id] } }, select: { status: true } })).toEqual([{ status: 'ARCHIVED' }, { status: 'ARCHIVED' }]);
    expect(await prisma.auditLog.count({ where: { action: 'product.status_changed', entityId: { in: [draft.id, active.id] } } })).toBe(3);
  });

  it('asks for a selection and a sensible percentage', async () => {
    expect(await bulkAdminProductsAction(idle, form({ operation: 'publish' }))).toMatchObject({ status: 'error', fieldErrors: { ids: 'Valitse ensin vähintään yksi tuote.' } });
    const product = await createProduct({ variants: [{ priceCents: 1000 }] });
    for (const percent of ['', 'kymmenen', '-100', '0']) {
      expect(await bulkAdminProductsAction(idle, form({ ids: [product.id], operation: 'price', percent }))).toMatchObject({ status: 'error', fieldErrors: { percent: expect.any(String) } });
    }
    expect(await prisma.productVariant.findUnique({ where: { id: product.variants[0].id }, select: { priceCents: true } })).toEqual({ priceCents: 1000 });
  });
});
