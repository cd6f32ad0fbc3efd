// Malformed input gets a 4xx, never a 500: numbers in addresses beyond what their column holds,
// a price filter beyond any price, an id that only looks like a UUID, and bodies next-auth's
// client never sends. Each used to reach PostgreSQL (or next-auth's JSON parsing) and fail there.
import '../support/test-database';
import { NextRequest } from 'next/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import AdminOrderPage from '@/app/[locale]/(backoffice)/admin/orders/[number]/page';
import AccountOrderPage from '@/app/[locale]/(shop)/account/orders/[number]/page';
import AccountReturnPage from '@/app/[locale]/(shop)/account/orders/[number]/return/[returnNumber]/page';
import AccountRequestReturnPage from '@/app/[locale]/(shop)/account/orders/[number]/return/page';
import OrderPage from '@/app/[locale]/(shop)/order/[number]/page';
import GuestReturnPage from '@/app/[locale]/(shop)/order/[number]/return/[returnNumber]/page';
import GuestRequestReturnPage from '@/app/[locale]/(shop)/order/[number]/return/page';
import HandoverPage from '@/app/[locale]/(store)/store/[storeSlug]/handover/[number]/page';
import StorePickupPage from '@/app/[locale]/(store)/store/[storeSlug]/pickups/[number]/page';
import StoreReturnPage from '@/app/[locale]/(store)/store/[storeSlug]/returns/[number]/page';
import StoreOrderReturnsPage from '@/app/[locale]/(store)/store/[storeSlug]/returns/order/[orderNumber]/page';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { prisma } from '@/lib/db';
import { DEFAULT_FILTERS, parseCategoryFilters } from '@/lib/catalog/category-filters';
import { listCategoryProducts } from '@/lib/catalog/list-category-products';
import { getImportProgress, getImportRun } from '@/lib/import/runs/get-import-run';
import { createCategory, createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { renderPage } from '../support/render-page';
import { outcome, request, resetRequest } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));

const TOO_BIG = '9999999999'; // ten digits, beyond PostgreSQL's integer (2,147,483,647)

let customerId: string;
let ownerId: string;
let staffId: string;
let storeSlug: string;

beforeAll(async () => {
  customerId = (await createUser()).id;
  ownerId = (await createUser({ role: 'OWNER' })).id;
  staffId = (await createUser({ role: 'STAFF' })).id;
  const store = await createStore();
  storeSlug = store.slug;
  await prisma.staffAssignment.create({ data: { userId: staffId, storeId: store.id } });
});

beforeEach(resetRequest);

const params = <T extends Record<string, string>>(values: T) => Promise.resolve({ locale: 'fi', ...values });
const noQuery = () => Promise.resolve({});

describe('numbers in addresses beyond what their column holds', () => {
  it.each([
    ['the order page', () => OrderPage({ params: params({ number: TOO_BIG }), searchParams: noQuery() })],
    ['a return page through the order link', () => GuestReturnPage({ params: params({ number: '10001', returnNumber: TOO_BIG }), searchParams: noQuery() })],
    ['the return form through the order link', () => GuestRequestReturnPage({ params: params({ number: TOO_BIG }), searchParams: noQuery() })],
  ])('%s is a 404', async (_, page) => {
    expect(await outcome(page)).toBe('not found');
  });

  it.each([
    ['an order in the account', () => AccountOrderPage({ params: params({ number: TOO_BIG }) })],
    ['a return in the account', () => AccountReturnPage({ params: params({ number: TOO_BIG, returnNumber: '1' }) })],
    ['the return form in the account', () => AccountRequestReturnPage({ params: params({ number: TOO_BIG }) })],
  ])('%s is a 404', async (_, page) => {
    request.userId = customerId;
    expect(await outcome(page)).toBe('not found');
  });

  it('an order in the back office is a 404', async () => {
    request.userId = ownerId;
    expect(await outcome(() => AdminOrderPage({ params: params({ number: TOO_BIG }) }))).toBe('not found');
  });

  it.each([
    ['a pickup', () => StorePickupPage({ params: params({ storeSlug, number: TOO_BIG }) })],
    ['a hand-over', () => HandoverPage({ params: params({ storeSlug, number: TOO_BIG }), searchParams: noQuery() })],
  ])('%s on a staff screen is a 404', async (_, page) => {
    request.userId = staffId;
    expect(await outcome(page as () => Promise<unknown>)).toBe('not found');
  });

  it.each([
    ['a return', () => StoreReturnPage({ params: params({ storeSlug, number: TOO_BIG }) })],
    ["an order's returns", () => StoreOrderReturnsPage({ params: params({ storeSlug, orderNumber: TOO_BIG }) })],
  ])('%s at the returns desk says it was not found', async (_, page) => {
    request.userId = staffId;
    const html = await renderPage(page());
    expect(html).toContain(`${TOO_BIG} ei löytynyt`);
  });
});

describe('a price filter beyond any price', () => {
  it('finds nothing above it and everything below it, instead of failing in PostgreSQL', async () => {
    const category = await createCategory({ slug: `hinnat-${Date.now()}` });
    await createProduct({ nameFi: 'Kallis', categoryId: category.id, variants: [{ priceCents: 5000 }] });
    const list = (query: Record<string, string>) => listCategoryProducts({ categoryIds: [category.id], filters: parseCategoryFilters(query), locale: 'fi' });
    expect((await list({ min: '999999999999' })).items).toEqual([]);
    expect((await list({ max: '999999999999' })).items).toHaveLength(1);
    expect(parseCategoryFilters({ min: '999999999999' }).minCents).toBe(2_147_483_647);
    expect((await listCategoryProducts({ categoryIds: [category.id], filters: DEFAULT_FILTERS, locale: 'fi' })).items).toHaveLength(1);
  });
});

describe('an id that only looks like a UUID', () => {
  it('names no import run', async () => {
    expect(await getImportRun('-'.repeat(36))).toBeNull();
    expect(await getImportProgress('-'.repeat(36))).toBeNull();
  });
});

describe("bodies next-auth's client never sends", () => {
  let warn: MockInstance;
  let error: MockInstance;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    error = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  const context = (...segments: string[]) => ({ params: Promise.resolve({ nextauth: segments }) });
  const post = (path: string, body: string, contentType: string) =>
    new NextRequest(`http://shop.test/api/auth/${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it.each([
    ['JSON to the password sign-in', post('callback/credentials', JSON.stringify({ email: { $ne: '' }, password: ['x'], csrfToken: 1 }), 'application/json'), 415],
    ['broken JSON to the e-mail link sign-in', post('signin/email', '{"email":', 'application/json'), 415],
    ['a form with a NUL', post('signin/email', 'email=a%00b%40example.com&csrfToken=x', 'application/x-www-form-urlencoded'), 400],
    ['a form with an overlong escape', post('callback/credentials', 'email=%C0%AF&password=x', 'application/x-www-form-urlencoded'), 400],
  ])('answers %s with a 4xx and one line in the log', async (_, incoming, status) => {
    const segments = incoming.nextUrl.pathname.replace('/api/auth/', '').split('/');
    const response = await authPost(incoming, context(...segments));
    expect(response.status).toBe(status);
    expect(await response.text()).not.toMatch(/\bat \S+ \(|Error/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^Bad request refused \(4\d\d\): POST \/api\/auth\/\S+: .+$/);
    expect(error).not.toHaveBeenCalled();
  });

  it('answers a link with a NUL in its query with 400', async () => {
    const response = await authGet(new NextRequest('http://shop.test/api/auth/callback/email?token=%00&email=a%40b.fi'), context('callback', 'email'));
    expect(response.status).toBe(400);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
