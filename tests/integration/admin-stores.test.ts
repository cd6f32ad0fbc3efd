// The store editor: stores with weekly hours and exceptional days, validation that changes
// nothing, the audit trail, and who may do it. Server actions are called as Next would call
// them, with the signed-in user, locale, navigation and cache replaced by stand-ins; the
// database is real.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { removeStoreExceptionAction } from '@/lib/actions/admin-store-exception-remove';
import { saveStoreExceptionAction } from '@/lib/actions/admin-store-exception-save';
import { saveAdminStoreAction } from '@/lib/actions/admin-store-save';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { outcome, request, resetRequest } from '../support/request-stand-ins';

type User = Awaited<ReturnType<typeof createUser>>;

/** How often the whole catalogue was revalidated. */
const catalog = vi.hoisted(() => ({ revalidations: 0 }));

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/catalog/revalidate-catalog', () => ({
  revalidateProducts: async () => {},
  revalidateCatalog: () => {
    catalog.revalidations += 1;
  },
}));

const idle: FormState = { status: 'idle' };

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

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
  catalog.revalidations = 0;
});

let slugs = 0;
/** A valid store form: open Mon–Fri 10–18 and Sat 10–15, closed on Sunday. */
function storeFields(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  slugs += 1;
  const fields: Record<string, string | undefined> = {
    name: 'Pihlajan Puoti Kuopio',
    slug: `kuopio-${slugs}`,
    kind: 'STORE',
    street: 'Puijonkatu 12',
    postalCode: '70100',
    city: 'Kuopio',
    phone: '017 123 4567',
    email: 'Kuopio@Pihlajanpuoti.example',
    latitude: '62,8924',
    longitude: '27.6783',
    pickupEnabled: 'on',
    returnsEnabled: 'on',
    preparationMinutes: '45',
    pickupDeadlineDays: '5',
    position: '3',
    ...Object.fromEntries([1, 2, 3, 4, 5].flatMap((day) => [[`open${day}`, 'on'], [`opens${day}`, '10:00'], [`closes${day}`, '18:00']])),
    open6: 'on',
    opens6: '10.00',
    closes6: '15',
    opens7: '',
    closes7: '',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

async function createViaAction(overrides: Record<string, string | undefined> = {}) {
  request.userId = owner.id;
  const fields = storeFields(overrides);
  const result = await saveAdminStoreAction(idle, form(fields));
  expect(result).toMatchObject({ status: 'ok' });
  catalog.revalidations = 0;
  return prisma.store.findUniqueOrThrow({ where: { slug: fields.slug }, include: { openingHours: { orderBy: { weekday: 'asc' } } } });
}

function helsinkiDate(daysFromToday: number): string {
  return helsinkiClock(new Date(Date.now() + daysFromToday * 86_400_000)).date;
}

describe('saveAdminStoreAction', () => {
  it('creates a store with its address, services and weekly hours, audits it, and refreshes the shop', async () => {
    request.userId = owner.id;
    const fields = storeFields();

    const result = await saveAdminStoreAction(idle, form(fields));

    const store = await prisma.store.findUniqueOrThrow({ where: { slug: fields.slug }, include: { openingHours: { orderBy: { weekday: 'asc' } } } });
    expect(result).toEqual({ status: 'ok', redirectTo: `/admin/stores/${store.id}?saved=created` });
    expect(store).toMatchObject({
      name: 'Pihlajan Puoti Kuopio',
      kind: 'STORE',
      postalCode: '70100',
      email: 'kuopio@pihlajanpuoti.example',
      latitude: 62.8924,
      longitude: 27.6783,
      pickupEnabled: true,
      returnsEnabled: true,
      preparationMinutes: 45,
      pickupDeadlineDays: 5,
      position: 3,
    });
    expect(store.openingHours.map(({ weekday, opensAt, closesAt }) => [weekday, opensAt, closesAt])).toEqual([
      [1, 600, 1080],
      [2, 600, 1080],
      [3, 600, 1080],
      [4, 600, 1080],
      [5, 600, 1080],
      [6, 600, 900],
    ]);
    expect(catalog.revalidations).toBe(1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: 'store', entityId: store.id } });
    expect(audit).toMatchObject({ action: 'store.created', actorId: owner.id });
  });

  it('updates a store: pickup off, other hours, Sunday open; the audit says what changed from what', async () => {
    const store = await createViaAction();
    const fields = storeFields({ storeId: store.id, slug: store.slug, pickupEnabled: undefined, closes1: '17:30', open7: 'on', opens7: '12:00', closes7: '16:00' });

    const result = await saveAdminStoreAction(idle, form(fields));

    expect(result).toEqual({ status: 'ok', redirectTo: `/admin/stores/${store.id}?saved=updated` });
    const saved = await prisma.store.findUniqueOrThrow({ where: { id: store.id }, include: { openingHours: { orderBy: { weekday: 'asc' } } } });
    expect(saved.pickupEnabled).toBe(false);
    expect(saved.openingHours.find((day) => day.weekday === 1)).toMatchObject({ opensAt: 600, closesAt: 1050 });
    expect(saved.openingHours.find((day) => day.weekday === 7)).toMatchObject({ opensAt: 720, closesAt: 960 });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: store.id, action: 'store.updated' } });
    const { store: storeName, ...changes } = audit.data as { store: string } & Record<string, { from: unknown; to: unknown }>;
    expect(storeName).toBe('Pihlajan Puoti Kuopio');
    expect(Object.keys(changes).sort()).toEqual(['hours', 'pickupEnabled']);
    expect(changes.pickupEnabled).toEqual({ from: true, to: false });
    expect(changes.hours.from).toContain('1 10:00–18:00');
    expect(changes.hours.to).toEqual(expect.arrayContaining(['1 10:00–17:30', '7 12:00–16:00']));
  });

  it('answers each mistake on its own field and saves nothing', async () => {
    const store = await createViaAction();
    const before = await prisma.store.findUniqueOrThrow({ where: { id: store.id }, include: { openingHours: true } });
    const auditsBefore = await prisma.auditLog.count({ where: { entityId: store.id } });
    request.userId = owner.id;

    const result = await saveAdminStoreAction(
      idle,
      form(
        storeFields({
          storeId: store.id,
          slug: store.slug,
          name: 'Toinen nimi',
          postalCode: '7010',
          opens2: '18:00',
          closes2: '10:00',
          opens3: '25:00',
          latitude: '62,1',
          longitude: '',
          preparationMinutes: '-5',
        }),
      ),
    );

    expect(result).toMatchObject({
      status: 'error',
      message: 'Tarkista lomakkeen tiedot.',
      fieldErrors: {
        postalCode: 'Anna postinumero viitenä numerona, esimerkiksi 40100.',
        closes2: 'Sulkemisajan on oltava avaamisajan jälkeen.',
        opens3: 'Anna kellonaika muodossa 10:00.',
        longitude: 'Anna sekä leveys- että pituuspiiri, tai jätä molemmat tyhjiksi.',
        preparationMinutes: 'Anna keräilyaika minuutteina, 0–10080.',
      },
    });
    expect(await prisma.store.findUniqueOrThrow({ where: { id: store.id }, include: { openingHours: true } })).toEqual(before);
    expect(await prisma.auditLog.count({ where: { entityId: store.id } })).toBe(auditsBefore);
    expect(catalog.revalidations).toBe(0);
  });

  it("refuses another store's web address and a store without an address; a warehouse needs none", async () => {
    const first = await createViaAction();
    const second = await createViaAction();
    request.userId = owner.id;

    const taken = await saveAdminStoreAction(idle, form(storeFields({ storeId: second.id, slug: first.slug })));
    const noAddress = await saveAdminStoreAction(idle, form(storeFields({ street: '', city: '' })));
    const warehouseWithPickup = await saveAdminStoreAction(idle, form(storeFields({ kind: 'WAREHOUSE', street: '', postalCode: '', city: '' })));
    const warehouse = await saveAdminStoreAction(
      idle,
      form(storeFields({ kind: 'WAREHOUSE', street: '', postalCode: '', city: '', pickupEnabled: undefined, returnsEnabled: undefined })),
    );

    expect(taken).toMatchObject({ status: 'error', fieldErrors: { slug: 'Tämä osoite on jo toisen myymälän käytössä. Valitse toinen.' } });
    expect((await prisma.store.findUniqueOrThrow({ where: { id: second.id } })).slug).toBe(second.slug);
    expect(noAddress).toMatchObject({ status: 'error', fieldErrors: { street: expect.stringContaining('katuosoite'), city: 'Anna postitoimipaikka.' } });
    expect(warehouseWithPickup).toMatchObject({
      status: 'error',
      fieldErrors: { pickupEnabled: 'Varastossa ei asioi asiakkaita: poista nouto ja palautukset käytöstä.', returnsEnabled: expect.any(String) },
    });
    expect(warehouse).toMatchObject({ status: 'ok' });
    const named = await saveAdminStoreAction(idle, form(storeFields({ name: 'Jyväskylä Keskusta', slug: '' })));
    expect(named).toMatchObject({ status: 'ok' });
    expect(await prisma.store.count({ where: { slug: 'jyvaskyla-keskusta' } })).toBe(1);
  });
});

describe('exceptional days', () => {
  it('adds a closed day and a short day with notes, replaces a date, and removes one; each audited', async () => {
    const store = await createViaAction();
    const holiday = helsinkiDate(10);
    const shortDay = helsinkiDate(11);
    request.userId = owner.id;

    const closed = await saveStoreExceptionAction(idle, form({ storeId: store.id, date: holiday, closed: 'closed', noteFi: 'Itsenäisyyspäivä', noteEn: 'Independence Day' }));
    const short = await saveStoreExceptionAction(idle, form({ storeId: store.id, date: shortDay, closed: 'hours', opens: '12:00', closes: '15:00' }));
    const replaced = await saveStoreExceptionAction(idle, form({ storeId: store.id, date: shortDay, closed: 'hours', opens: '11:00', closes: '14:00', noteFi: 'Inventaario' }));

    expect([closed, short, replaced]).toEqual([
      { status: 'ok', message: 'Poikkeuspäivä on tallennettu.' },
      { status: 'ok', message: 'Poikkeuspäivä on tallennettu.' },
      { status: 'ok', message: 'Poikkeuspäivä on tallennettu.' },
    ]);
    const rows = await prisma.storeOpeningException.findMany({ where: { storeId: store.id }, orderBy: { date: 'asc' } });
    expect(rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), closed: row.closed, opensAt: row.opensAt, closesAt: row.closesAt, noteFi: row.noteFi, noteEn: row.noteEn }))).toEqual([
      { date: holiday, closed: true, opensAt: null, closesAt: null, noteFi: 'Itsenäisyyspäivä', noteEn: 'Independence Day' },
      { date: shortDay, closed: false, opensAt: 660, closesAt: 840, noteFi: 'Inventaario', noteEn: null },
    ]);
    expect(catalog.revalidations).toBe(3);

    const removed = await removeStoreExceptionAction(idle, form({ storeId: store.id, exceptionId: rows[0].id }));

    expect(removed).toEqual({ status: 'ok', message: 'Poikkeuspäivä on poistettu.' });
    expect(await prisma.storeOpeningException.count({ where: { storeId: store.id } })).toBe(1);
    const audits = await prisma.auditLog.findMany({ where: { entityId: store.id, action: 'store.updated' }, orderBy: { createdAt: 'asc' } });
    expect(audits.map((audit) => Object.keys(audit.data as object).filter((key) => key !== 'store'))).toEqual([['exceptionSet'], ['exceptionSet'], ['exceptionSet'], ['exceptionRemoved']]);
  });

  it('refuses a past date, other hours that close before they open, and a missing date; nothing is saved', async () => {
    const store = await createViaAction();
    request.userId = owner.id;

    const past = await saveStoreExceptionAction(idle, form({ storeId: store.id, date: helsinkiDate(-1), closed: 'closed' }));
    const backwards = await saveStoreExceptionAction(idle, form({ storeId: store.id, date: helsinkiDate(3), closed: 'hours', opens: '15:00', closes: '12:00' }));
    const noDate = await saveStoreExceptionAction(idle, form({ storeId: store.id, date: '', closed: 'closed' }));
    const badDate = await saveStoreExceptionAction(idle, form({ storeId: store.id, date: '2026-02-30', closed: 'closed' }));

    expect(past).toMatchObject({ status: 'error', fieldErrors: { date: 'Päivä on jo mennyt. Valitse tämä päivä tai myöhempi.' } });
    expect(backwards).toMatchObject({ status: 'error', fieldErrors: { closes: 'Sulkemisajan on oltava avaamisajan jälkeen.' } });
    expect(noDate).toMatchObject({ status: 'error', fieldErrors: { date: 'Valitse päivämäärä.' } });
    expect(badDate).toMatchObject({ status: 'error', fieldErrors: { date: 'Valitse päivämäärä.' } });
    expect(await prisma.storeOpeningException.count({ where: { storeId: store.id } })).toBe(0);
  });

  it("will not remove another store's exceptional day", async () => {
    const store = await createViaAction();
    const other = await createViaAction();
    request.userId = owner.id;
    await saveStoreExceptionAction(idle, form({ storeId: other.id, date: helsinkiDate(5), closed: 'closed' }));
    const exception = await prisma.storeOpeningException.findFirstOrThrow({ where: { storeId: other.id } });

    const result = await removeStoreExceptionAction(idle, form({ storeId: store.id, exceptionId: exception.id }));

    expect(result).toMatchObject({ status: 'error', message: 'Etsimääsi ei löytynyt.' });
    expect(await prisma.storeOpeningException.count({ where: { id: exception.id } })).toBe(1);
  });
});

describe('who may change stores', () => {
  async function refusedByAll(run: () => Promise<FormState>) {
    request.userId = null;
    expect(await outcome(run)).toMatch(/^redirect \/signin/);
    request.userId = customer.id;
    expect(await outcome(run)).toBe('forbidden');
    request.userId = staff.id;
    expect(await outcome(run)).toBe('forbidden');
  }

  it('refuses signed-out callers, customers and staff a store save; nothing changes', async () => {
    const store = await createViaAction();
    const before = await prisma.store.findUniqueOrThrow({ where: { id: store.id }, include: { openingHours: true } });
    const storeCount = await prisma.store.count();
    const update = form(storeFields({ storeId: store.id, slug: store.slug, name: 'Kaapattu' }));
    const create = form(storeFields({ name: 'Uusi luvaton' }));

    await refusedByAll(() => saveAdminStoreAction(idle, update));
    await refusedByAll(() => saveAdminStoreAction(idle, create));

    expect(await prisma.store.findUniqueOrThrow({ where: { id: store.id }, include: { openingHours: true } })).toEqual(before);
    expect(await prisma.store.count()).toBe(storeCount);
  });

  it('refuses signed-out callers, customers and staff an exceptional day, added or removed; nothing changes', async () => {
    const store = await createViaAction();
    request.userId = owner.id;
    await saveStoreExceptionAction(idle, form({ storeId: store.id, date: helsinkiDate(4), closed: 'closed' }));
    const exception = await prisma.storeOpeningException.findFirstOrThrow({ where: { storeId: store.id } });
    catalog.revalidations = 0;

    await refusedByAll(() => saveStoreExceptionAction(idle, form({ storeId: store.id, date: helsinkiDate(6), closed: 'closed' })));
    await refusedByAll(() => removeStoreExceptionAction(idle, form({ storeId: store.id, exceptionId: exception.id })));

    expect(await prisma.storeOpeningException.findMany({ where: { storeId: store.id } })).toEqual([exception]);
    expect(catalog.revalidations).toBe(0);
  });
});
