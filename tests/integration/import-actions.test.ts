// Who may import and export: each server action and route handler, called as Next would call it,
// with the signed-in user, locale and navigation replaced by stand-ins; the database is real.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as progressRoute } from '@/app/[locale]/(backoffice)/admin/import/[runId]/progress/route';
import { GET as productsCsv } from '@/app/api/admin/export/products.csv/route';
import { GET as stockCsv } from '@/app/api/admin/export/stock.csv/route';
import { dryRunImportAction } from '@/lib/actions/admin-import-dry-run';
import { startImportAction } from '@/lib/actions/admin-import-start';
import { prisma } from '@/lib/db';
import { createImportRun } from '@/lib/import/runs/create-import-run';
import { createUser } from '../support/factories/users';
import { createStaff } from './returns-desk-fixtures';
import { SHOPIFY_FIXTURE, catalogSnapshot, importStores } from './import-fixtures';

type TestUser = { id: string; role: 'CUSTOMER' | 'STAFF' | 'OWNER'; email: string; name: string | null; locale: 'fi' | 'en' };

const request = vi.hoisted(() => {
  class Navigated extends Error {
    constructor(readonly to: string) {
      super(`navigate to ${to}`);
    }
  }
  return { Navigated, user: null as null | TestUser, revalidated: [] as string[] };
});

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => request.user }));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('fi');
  return {
    getLocale: async () => 'fi',
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'fi', messages, namespace: namespace as never }),
  };
});
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw new request.Navigated(href);
  },
  getPathname: ({ href }: { href: string }) => href,
}));
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new request.Navigated('403');
  },
}));
vi.mock('next/cache', () => ({ revalidateTag: (tag: string) => request.revalidated.push(tag), revalidatePath: () => {} }));

let stores: Awaited<ReturnType<typeof importStores>>;
let owner: TestUser;
let others: [string, TestUser | null][];

const asUser = (user: { id: string; email: string; name: string | null }, role: TestUser['role']): TestUser => ({ id: user.id, email: user.email, name: user.name, role, locale: 'fi' });

beforeAll(async () => {
  stores = await importStores();
  owner = asUser(await createUser({ role: 'OWNER' }), 'OWNER');
  const staff = await createStaff(stores.store.id);
  others = [
    ['a signed-out visitor', null],
    ['a customer', asUser(await createUser(), 'CUSTOMER')],
    ['a staff member', asUser(staff, 'STAFF')],
  ];
});

beforeEach(() => {
  request.user = null;
  request.revalidated = [];
});

function uploadForm(text: string | Uint8Array<ArrayBuffer>, kind = 'PRODUCTS') {
  const data = new FormData();
  data.append('kind', kind);
  data.append('storeId', stores.warehouse.id);
  data.append('file', new File([text], 'tuotteet.csv', { type: 'text/csv' }));
  return data;
}

const idle = { status: 'idle' as const };
const CALLERS = [
  ['a signed-out visitor', 0],
  ['a customer', 1],
  ['a staff member', 2],
] as const;

describe('every import action and export refuses anyone but the owner', () => {
  it.each(CALLERS)('the dry run refuses %s', async (_who, index) => {
    const [, user] = others[index];
    request.user = user;
    const before = await prisma.importRun.count();
    await expect(dryRunImportAction(idle, uploadForm(SHOPIFY_FIXTURE))).rejects.toThrow(user ? 'navigate to 403' : 'navigate to /signin');
    expect(await prisma.importRun.count()).toBe(before);
  });

  it.each(CALLERS)('starting the import refuses %s', async (_who, index) => {
    const [, user] = others[index];
    const run = await createImportRun({ kind: 'PRODUCTS', fileName: 'x.csv', bytes: Buffer.from(SHOPIFY_FIXTURE), storeId: stores.warehouse.id }, owner);
    const before = await catalogSnapshot();
    request.user = user;
    const data = new FormData();
    data.append('runId', run.id);
    await expect(startImportAction(idle, data)).rejects.toThrow(user ? 'navigate to 403' : 'navigate to /signin');
    expect(await catalogSnapshot()).toEqual(before);
    expect((await prisma.importRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe('DRY_RUN');
  });

  it.each(CALLERS)('the CSV exports and the progress poll answer 403 to %s', async (_who, index) => {
    request.user = others[index][1];
    expect((await productsCsv(new Request('http://shop.test/api/admin/export/products.csv'))).status).toBe(403);
    expect((await stockCsv(new Request('http://shop.test/api/admin/export/stock.csv'))).status).toBe(403);
    const run = await prisma.importRun.findFirstOrThrow();
    expect((await progressRoute(new Request('http://shop.test/x'), { params: Promise.resolve({ runId: run.id }) })).status).toBe(403);
  });
});

describe('the owner', () => {
  it('uploads a file, sees the dry run, imports it, and the shop is renewed', async () => {
    request.user = owner;
    const checked = await dryRunImportAction(idle, uploadForm(SHOPIFY_FIXTURE));
    expect(checked.status).toBe('ok');
    const runId = checked.redirectTo!.split('/').pop()!;
    expect(checked.redirectTo).toBe(`/admin/import/${runId}`);
    expect(await prisma.product.count({ where: { slug: 'villasukat' } })).toBe(0);

    const data = new FormData();
    data.append('runId', runId);
    const done = await startImportAction(idle, data);
    expect(done).toMatchObject({ status: 'ok', redirectTo: `/admin/import/${runId}` });
    expect(await prisma.product.count({ where: { slug: { in: ['villasukat', 'tumma-paahto', 'muistikirja-a5', 't-paita-pihlaja'] } } })).toBe(4);
    expect(request.revalidated.length).toBeGreaterThan(0);

    const progress = await progressRoute(new Request('http://shop.test/x'), { params: Promise.resolve({ runId }) });
    expect(await progress.json()).toEqual({ status: 'DONE', processedRows: 10, totalRows: 10 });
  });

  it('is told when the file is too large, and nothing is stored', async () => {
    request.user = owner;
    const before = await prisma.importRun.count();
    const result = await dryRunImportAction(idle, uploadForm(new Uint8Array(10 * 1024 * 1024 + 1)));
    expect(result.status).toBe('error');
    expect(result.fieldErrors?.file).toContain('10 Mt');
    expect(await prisma.importRun.count()).toBe(before);
  });

  it('must confirm before a file with errors is imported', async () => {
    request.user = owner;
    const checked = await dryRunImportAction(idle, uploadForm('Handle,Title,Variant SKU,Variant Price\nok,Hyvä,OK-CONFIRM,5.00\nbad,Huono,BAD-CONFIRM,-1\n'));
    const runId = checked.redirectTo!.split('/').pop()!;
    const data = new FormData();
    data.append('runId', runId);
    const refused = await startImportAction(idle, data);
    expect(refused.status).toBe('error');
    expect(refused.fieldErrors?.validOnly).toMatch(/Vahvista/);
    expect(await prisma.productVariant.count({ where: { sku: 'OK-CONFIRM' } })).toBe(0);
    data.append('validOnly', 'on');
    expect((await startImportAction(idle, data)).status).toBe('ok');
    expect(await prisma.productVariant.count({ where: { sku: { in: ['OK-CONFIRM', 'BAD-CONFIRM'] } } })).toBe(1);
  });

  it('downloads products and stock as CSV', async () => {
    request.user = owner;
    const products = await productsCsv(new Request(`http://shop.test/api/admin/export/products.csv?store=${stores.warehouse.slug}`));
    expect(products.status).toBe(200);
    expect(products.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await products.text();
    expect(text).toContain('villasukat,Villasukat');
    const stock = await stockCsv(new Request('http://shop.test/api/admin/export/stock.csv'));
    expect(await stock.text()).toContain(`VS-3638-HA,${stores.warehouse.slug},10`);
    expect((await stockCsv(new Request('http://shop.test/api/admin/export/stock.csv?store=kuu'))).status).toBe(400);
  });
});
