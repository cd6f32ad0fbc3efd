// The shelf-label sheet, rendered to HTML as the owner gets it, on real data; and refused to others.
import '../support/test-database';
import { renderPage } from '../support/render-page';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import LabelsPage from '@/app/[locale]/(backoffice)/admin/products/labels/page';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/admin/products/labels')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));

const page = (query: Record<string, string | string[]>) => renderPage(LabelsPage({ params: Promise.resolve({ locale: 'fi' }), searchParams: Promise.resolve(query) }));

let owner: Awaited<ReturnType<typeof createUser>>;
let socks: Awaited<ReturnType<typeof createProduct>>;
let mug: Awaited<ReturnType<typeof createProduct>>;
let category: { id: string };

beforeAll(async () => {
  owner = await createUser({ role: 'OWNER' });
  category = await prisma.category.create({ data: { slug: `etiketit-${Date.now()}`, nameFi: 'Etikettiryhmä', nameEn: 'Label group' } });
  socks = await createProduct({ nameFi: 'Etikettisukat', categoryId: category.id, variants: [{ priceCents: 1990, size: 'S' }, { priceCents: 2150, size: 'L', colour: 'sininen' }, { priceCents: 999, active: false }] });
  mug = await createProduct({ nameFi: 'Etikettimuki', variants: [{ priceCents: 1250 }] });
  await prisma.productVariant.update({ where: { id: socks.variants[0].id }, data: { ean: '4006381333931' } });
  await prisma.productVariant.update({ where: { id: socks.variants[1].id }, data: { ean: '2000000000015' } });
  await prisma.productVariant.update({ where: { id: mug.variants[0].id }, data: { ean: '73513537' } });
  request.userId = owner.id;
});

describe('shelf labels', () => {
  it('prints the selected products: name, variant, price with VAT and the barcode with its digits', async () => {
    const html = await page({ ids: [socks.id, mug.id] });
    expect(html).toContain('<h1 class="text-2xl font-bold">Hyllyetiketit</h1>');
    expect(html).toContain('3 etikettiä, 1 arkki');
    expect(html).toContain('Etikettisukat');
    expect(html).toContain('Etikettimuki');
    expect(html).toContain('sininen');
    expect(html).toMatch(/19,90\s€/);
    expect(html).toMatch(/21,50\s€/);
    expect(html).toMatch(/12,50\s€/);
    expect(html).not.toMatch(/9,99\s€/); // the inactive variant has no label
    expect(html).toContain('aria-label="EAN-13 4006381333931"');
    expect(html).toContain('aria-label="EAN-8 73513537"');
    // The digits under the bars: 4, then 006381 and 333931 one by one.
    const digits = [...html.matchAll(/<svg[^>]*aria-label="EAN-13 4006381333931"[\s\S]*?<\/svg>/g)][0][0].match(/>(\d)<\/text>/g)!.map((m) => m[1]).join('');
    expect(digits).toBe('4006381333931');
  });

  it('prints a whole category (its products only) and a search', async () => {
    const byCategory = await page({ category: category.id });
    expect(byCategory).toContain('Etikettisukat');
    expect(byCategory).not.toContain('Etikettimuki');
    const bySearch = await page({ q: 'etikettimuki' });
    expect(bySearch).toContain('Etikettimuki');
    expect(bySearch).not.toContain('Etikettisukat');
    expect(await page({})).toContain('Valitse tuotteet');
  });

  it('is the owner’s only', async () => {
    const store = await createStore();
    const staff = await createUser({ role: 'STAFF' });
    await prisma.staffAssignment.create({ data: { userId: staff.id, storeId: store.id } });
    const customer = await createUser();
    try {
      for (const user of [staff, customer]) {
        request.userId = user.id;
        await expect(page({ ids: [socks.id] })).rejects.toMatchObject({ how: 'forbidden' });
      }
      request.userId = null;
      await expect(page({ ids: [socks.id] })).rejects.toMatchObject({ how: 'redirect /signin?callbackUrl=%2Fadmin%2Fproducts%2Flabels' });
    } finally {
      request.userId = owner.id;
    }
  });
});
