// The till's server actions: who may use them (action by action), and what staff are told. The
// request around them (session, locale, cache) is replaced by stand-ins; the database is real.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { counterFindCustomerAction, counterScanAction, counterSearchAction } from '@/lib/actions/counter-lookup';
import { counterSellAction } from '@/lib/actions/counter-sell';
import { memberCode } from '@/lib/counter/member-code';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';
import { createStaff } from './handover-fixtures';
import '../support/test-database';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

beforeEach(resetRequest);

const EAN = '6415712500047'; // a valid EAN-13
const BAD_EAN = '6415712500046'; // the same with a wrong check digit

async function till() {
  const store = await createStore();
  const other = await createStore();
  const product = await createProduct({ nameFi: `Suodatinpaperi ${randomUUID().slice(0, 6)}`, variants: [{ priceCents: 450, stock: { [store.id]: 4 } }] });
  const variant = product.variants[0];
  await prisma.productVariant.update({ where: { id: variant.id }, data: { ean: EAN } });
  await prisma.productVariant.updateMany({ where: { ean: EAN, id: { not: variant.id } }, data: { ean: null } });
  return { store, other, product, variant };
}

function sellRequest(storeId: string, variantId: string, givenCents = 500) {
  return { storeId, tillKey: randomUUID(), lines: [{ variantId, quantity: 1 }], payment: { method: 'CASH', givenCents } };
}

async function stoppedBy(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof Stopped)) throw new Error(`Expected the request to be stopped, got ${String(error)}`);
  return error.how;
}

async function sales(storeId: string) {
  return prisma.order.count({ where: { channel: 'STORE', pickupStoreId: storeId } });
}

describe('who may use the till, action by action', () => {
  const actions = {
    sell: (storeId: string, variantId: string) => counterSellAction(sellRequest(storeId, variantId)),
    scan: (storeId: string) => counterScanAction(storeId, EAN),
    search: (storeId: string) => counterSearchAction(storeId, 'Suodatinpaperi'),
    customer: (storeId: string) => counterFindCustomerAction(storeId, 'someone@example.com'),
  };

  for (const [name, act] of Object.entries(actions)) {
    it(`${name}: a signed-out visitor is sent to sign in, a customer and another store's staff are refused, nothing is sold`, async () => {
      const { store, other, variant } = await till();
      expect(await stoppedBy(act(store.id, variant.id))).toMatch(/^redirect \/signin/);
      request.userId = (await createUser()).id;
      expect(await stoppedBy(act(store.id, variant.id))).toBe('forbidden');
      request.userId = (await createStaff([other.id])).id;
      expect(await stoppedBy(act(store.id, variant.id))).toBe('forbidden');
      expect(await sales(store.id)).toBe(0);
    });
  }

  it('the store\'s own staff and the owner may sell', async () => {
    const { store, variant } = await till();
    request.userId = (await createStaff([store.id])).id;
    expect(await counterSellAction(sellRequest(store.id, variant.id))).toMatchObject({ status: 'ok', sale: { totalCents: 450, changeCents: 50 } });
    request.userId = (await createStaff([], { role: 'OWNER' })).id;
    expect(await counterSellAction(sellRequest(store.id, variant.id))).toMatchObject({ status: 'ok' });
    expect(await sales(store.id)).toBe(2);
  });
});

describe('what staff are told', () => {
  it('a scanned barcode finds the product with what is free here; a wrong check digit and an unknown code say so', async () => {
    const { store, variant } = await till();
    request.userId = (await createStaff([store.id])).id;
    expect(await counterScanAction(store.id, EAN)).toMatchObject({ item: { variantId: variant.id, priceCents: 450, available: 4 } });
    expect(await counterScanAction(store.id, variant.sku.toLowerCase())).toMatchObject({ item: { variantId: variant.id } });
    expect(await counterScanAction(store.id, BAD_EAN)).toEqual({ error: `Koodi ${BAD_EAN} ei ole kelvollinen viivakoodi (tarkistusnumero ei täsmää). Skannaa uudelleen tai hae nimellä.` });
    expect(await counterScanAction(store.id, 'EI-OLE')).toEqual({ error: 'Koodilla EI-OLE ei löytynyt myytävää tuotetta. Hae nimellä.' });
  });

  it('the customer is found by the code on their account page, by e-mail or by phone; a made-up code finds nobody', async () => {
    const { store } = await till();
    request.userId = (await createStaff([store.id])).id;
    const customer = await createUser({ email: `kortti-${randomUUID()}@example.com`, name: 'Kerttu Kortti' });
    const phone = `040 ${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    await prisma.user.update({ where: { id: customer.id }, data: { phone } });
    const found = { customer: { id: customer.id, name: 'Kerttu Kortti', email: customer.email, phone } };
    expect(await counterFindCustomerAction(store.id, memberCode(customer.id))).toEqual(found);
    expect(await counterFindCustomerAction(store.id, customer.email.toUpperCase())).toEqual(found);
    expect(await counterFindCustomerAction(store.id, `+358${phone.replace(/\s/g, '').slice(1)}`)).toEqual(found);
    const forged = memberCode(customer.id).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(await counterFindCustomerAction(store.id, forged)).toEqual({ error: expect.stringContaining('Asiakasta ei löytynyt') });
  });

  it('cash below the total is refused on its field; nothing is sold', async () => {
    const { store, variant } = await till();
    request.userId = (await createStaff([store.id])).id;
    const answer = await counterSellAction(sellRequest(store.id, variant.id, 449));
    expect(answer).toMatchObject({ status: 'error', fieldErrors: { givenCents: 'Annettu käteinen ei riitä maksuun.' } });
    expect(await sales(store.id)).toBe(0);
  });

  it('more than the store has free: the line says how many are', async () => {
    const { store, variant } = await till();
    request.userId = (await createStaff([store.id])).id;
    const answer = await counterSellAction({ ...sellRequest(store.id, variant.id, 10_000), lines: [{ variantId: variant.id, quantity: 5 }] });
    expect(answer.status).toBe('error');
    expect(answer.fieldErrors?.[`line-${variant.id}`]).toMatch(/vapaana vain 4/);
    expect(await sales(store.id)).toBe(0);
  });

  it('a malformed request (no lines, a price sent by the till) sells nothing', async () => {
    const { store, variant } = await till();
    request.userId = (await createStaff([store.id])).id;
    expect(await counterSellAction({ ...sellRequest(store.id, variant.id), lines: [] })).toMatchObject({ status: 'error' });
    const withPrice = { ...sellRequest(store.id, variant.id), lines: [{ variantId: variant.id, quantity: 1, priceCents: 1 }] };
    const answer = await counterSellAction(withPrice);
    // The price the till sent is ignored: the sale is at the shop's price.
    expect(answer).toMatchObject({ status: 'ok', sale: { totalCents: 450 } });
  });
});

describe('price changes at the till', () => {
  function withOverride(storeId: string, variantId: string, reason = 'Kolhiintunut pakkaus') {
    return { ...sellRequest(storeId, variantId, 500), priceOverrides: [{ variantId, unitPriceCents: 300, reason }] };
  }

  it('staff without the owner\'s permission cannot change a price: refused, nothing sold', async () => {
    const { store, variant } = await till();
    request.userId = (await createStaff([store.id])).id;
    expect(await counterSellAction(withOverride(store.id, variant.id))).toMatchObject({ status: 'error' });
    expect(await sales(store.id)).toBe(0);
  });

  it('staff the owner allows, and the owner, sell at the changed price; the reason is recorded', async () => {
    const { store, variant } = await till();
    const staff = await createStaff([store.id]);
    await prisma.user.update({ where: { id: staff.id }, data: { canOverridePrices: true } });
    request.userId = staff.id;
    expect(await counterSellAction(withOverride(store.id, variant.id))).toMatchObject({ status: 'ok', sale: { totalCents: 300, changeCents: 200 } });
    request.userId = (await createStaff([], { role: 'OWNER' })).id;
    expect(await counterSellAction(withOverride(store.id, variant.id, 'Kanta-asiakasetu'))).toMatchObject({ status: 'ok', sale: { totalCents: 300 } });

    const lines = await prisma.orderLine.findMany({ where: { variantId: variant.id, order: { channel: 'STORE' } }, select: { unitPriceCents: true, lineTotalCents: true } });
    expect(lines).toEqual([{ unitPriceCents: 300, lineTotalCents: 300 }, { unitPriceCents: 300, lineTotalCents: 300 }]);
    const audits = await prisma.auditLog.findMany({ where: { action: 'counter.price_overridden' }, orderBy: { createdAt: 'asc' }, select: { actorId: true, data: true } });
    expect(audits.map((audit) => (audit.data as { reason: string; listPriceCents: number }).reason)).toEqual(['Kolhiintunut pakkaus', 'Kanta-asiakasetu']);
    expect(audits[0]).toMatchObject({ actorId: staff.id, data: { listPriceCents: 450, unitPriceCents: 300 } });
  });

  it('a change without a reason is refused on its field', async () => {
    const { store, variant } = await till();
    request.userId = (await createStaff([], { role: 'OWNER' })).id;
    const answer = await counterSellAction(withOverride(store.id, variant.id, ' '));
    expect(answer).toMatchObject({ status: 'error', fieldErrors: { priceOverrides: 'Kerro hinnanmuutoksen syy.' } });
    expect(await sales(store.id)).toBe(0);
  });
});
