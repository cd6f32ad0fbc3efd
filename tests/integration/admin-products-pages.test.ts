// The product and stock pages of the back office, rendered to HTML as the owner first gets them
// (server components resolved by hand, client components rendered on the server), on real data.
import '../support/test-database';
import { renderPage } from '../support/render-page';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ProductPage from '@/app/[locale]/(backoffice)/admin/products/[id]/page';
import ProductStockPage from '@/app/[locale]/(backoffice)/admin/products/[id]/stock/page';
import NewProductPage from '@/app/[locale]/(backoffice)/admin/products/new/page';
import ProductsPage from '@/app/[locale]/(backoffice)/admin/products/page';
import { adjustStock } from '@/lib/admin/stock/adjust-stock';
import { createTransfer } from '@/lib/admin/stock/create-transfer';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/admin/products')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));

const params = () => Promise.resolve({ locale: 'fi' });
const productParams = (id: string) => Promise.resolve({ locale: 'fi', id });

let owner: Awaited<ReturnType<typeof createUser>>;
let product: Awaited<ReturnType<typeof createProduct>>;
let storeA: { id: string; name: string };
let storeB: { id: string; name: string };

beforeAll(async () => {
  owner = await createUser({ role: 'OWNER', name: 'Päivi Pihlaja' });
  storeA = await createStore({ name: 'Jyväskylän myymälä' });
  storeB = await createStore({ name: 'Tampereen myymälä' });
  product = await createProduct({ nameFi: 'Villasukat', variants: [{ priceCents: 1990, size: 'S', stock: { [storeA.id]: 4 } }, { priceCents: 2150, size: 'L' }] });
  await adjustStock({ variantId: product.variants[0].id, storeId: storeA.id, mode: 'delta', quantity: -1, reason: 'rikki' }, owner.id);
  await createTransfer({ variantId: product.variants[0].id, fromStoreId: storeA.id, toStoreId: storeB.id, quantity: 2, note: null }, owner.id);
  request.userId = owner.id;
});

describe('back office product pages', () => {
  it('lists products with their price range, stock and a link to each', async () => {
    const html = await renderPage(ProductsPage({ params: params(), searchParams: Promise.resolve({ q: 'villa' }) }));
    expect(html).toContain('<h1 class="text-2xl font-bold">Tuotteet</h1>');
    expect(html).toContain(`href="/admin/products/${product.id}"`);
    expect(html).toMatch(/19,90\s€ – 21,50\s€/);
    expect(html).toMatch(/>3<\/a> <span[^>]*>Vähissä<\/span>/);
  });

  it('opens the editor of a product and of a new one', async () => {
    const html = await renderPage(ProductPage({ params: productParams(product.id), searchParams: Promise.resolve({ saved: 'saved' }) }));
    expect(html).toContain('Muutokset tallennettiin.');
    expect(html).toContain(`name="variants.1.price" value="21,50"`);
    expect(await renderPage(NewProductPage({ params: params() }))).toContain('Luo tuote');
    await expect(renderPage(ProductPage({ params: productParams('nope'), searchParams: Promise.resolve({}) }))).rejects.toMatchObject({ how: 'not found' });
  });

  it('shows stock per store, the transfers and the movement history', async () => {
    const html = await renderPage(ProductStockPage({ params: productParams(product.id), searchParams: Promise.resolve({}) }));
    expect(html).toContain('Varasto: Villasukat');
    expect(html).toContain('Tampereen myymälä');
    expect(html).toContain('Jyväskylän myymälä → Tampereen myymälä');
    expect(html).toContain('Saldon korjaus');
    expect(html).toContain('Päivi Pihlaja');
    expect(html).toContain('rikki');
  });

  it('is the owner’s only', async () => {
    const customer = await createUser();
    request.userId = customer.id;
    try {
      await expect(renderPage(ProductsPage({ params: params(), searchParams: Promise.resolve({}) }))).rejects.toMatchObject({ how: 'forbidden' });
      await expect(renderPage(ProductStockPage({ params: productParams(product.id), searchParams: Promise.resolve({}) }))).rejects.toMatchObject({ how: 'forbidden' });
    } finally {
      request.userId = owner.id;
    }
    expect(await prisma.product.count({ where: { id: product.id } })).toBe(1);
  });
});
