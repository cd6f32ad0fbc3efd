// The customer's card at the counter (issue 15, item 4): what it shows, that every viewing is
// recorded, who may see it, the pages that show it, and the owner's notes meant for staff.
// The request around actions and pages is replaced by stand-ins; the database is real.
import '../support/test-database';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import AdminCustomerPage from '@/app/[locale]/(backoffice)/admin/customers/[id]/page';
import HandoverPage from '@/app/[locale]/(store)/store/[storeSlug]/handover/[number]/page';
import DeskReturnPage from '@/app/[locale]/(store)/store/[storeSlug]/returns/[number]/page';
import { addCustomerNoteAction } from '@/lib/actions/admin-customer-add-note';
import { counterCustomerCardAction } from '@/lib/actions/counter-customer-card';
import { loadCustomerCard } from '@/lib/counter/customer-card/load-customer-card';
import { prisma } from '@/lib/db';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { renderPage } from '../support/render-page';
import { form, outcome, request, resetRequest } from '../support/request-stand-ins';
import { customerOrder, customerWithHistory } from './customer-card-fixtures';
import { createStaff } from './handover-fixtures';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/store')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));

beforeEach(resetRequest);

const viewings = (customerId: string) => prisma.auditLog.findMany({ where: { action: 'customer.card_viewed', entityId: customerId }, orderBy: { createdAt: 'asc' } });

describe('the customer card', () => {
  it('shows recent orders of every channel, open pickups and returns, interests, and only the notes meant for staff', async () => {
    const { here, there, user, tags, orders, openReturn, staffNote } = await customerWithHistory();
    const viewer = await createStaff([here.id]);

    const card = await loadCustomerCard({ customerId: user.id, viewer, storeId: here.id, locale: 'fi' });

    expect(card?.customer).toMatchObject({ id: user.id, name: 'Kaisa Kanta', email: user.email });
    // The five newest: kiosk, counter, their guest order by e-mail, then web; never a stranger's.
    expect(card?.recentOrders.map((o) => [o.number, o.channel])).toEqual([
      [orders.kiosk.number, 'KIOSK'],
      [orders.counter.number, 'STORE'],
      [orders.guest.number, 'WEB'],
      [expect.any(Number), 'WEB'],
      [orders.pendingHere.number, 'WEB'],
    ]);
    expect(card?.recentOrders[1]).toMatchObject({ status: 'FULFILLED', totalCents: 1000, currency: 'EUR', placedAt: new Date('2026-09-01T10:00:00Z') });
    expect(card?.orderCounts).toEqual({ WEB: 6, STORE: 1, KIOSK: 1 });
    expect(card?.openPickups).toEqual([
      { orderNumber: orders.readyThere.number, status: 'READY_FOR_PICKUP', deadlineAt: null, storeName: there.name, atThisStore: false },
      { orderNumber: orders.pendingHere.number, status: 'PENDING', deadlineAt: null, storeName: here.name, atThisStore: true },
    ]);
    expect(card?.openReturns).toEqual([
      { number: openReturn.number, orderNumber: orders.counter.number, status: 'REQUESTED', method: 'STORE', createdAt: openReturn.createdAt, requestedStoreName: here.name },
    ]);
    // Coffee: three orders and an event; tea: two events; books: one order. Cancelled ones do not count.
    expect(card?.interests).toEqual([
      { slug: tags.coffee.slug, name: 'kahvi' },
      { slug: tags.tea.slug, name: 'tee' },
      { slug: tags.books.slug, name: 'kirjat' },
    ]);
    expect(card?.notes).toEqual([{ id: staffNote.id, text: staffNote.text, createdAt: staffNote.createdAt }]);
    expect(JSON.stringify(card)).not.toContain('Reklamaatio');
    expect(JSON.stringify(card)).not.toContain(orders.stranger.email);

    const english = await loadCustomerCard({ customerId: user.id, viewer, storeId: here.id, locale: 'en' });
    expect(english?.interests.map((tag) => tag.name)).toEqual(['kahvi-en', 'tee-en', 'kirjat-en']);
  });

  it('records every viewing in the audit log: who, whose card, at which store', async () => {
    const { here, user } = await customerWithHistory();
    const viewer = await createStaff([here.id]);

    await loadCustomerCard({ customerId: user.id, viewer, storeId: here.id, locale: 'fi' });
    await loadCustomerCard({ customerId: user.id, viewer, storeId: here.id, locale: 'fi' });

    const rows = await viewings(user.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ actorId: viewer.id, action: 'customer.card_viewed', entityType: 'user', entityId: user.id, data: { storeId: here.id } });
  });

  it('gives nothing, and records nothing, for an unknown or erased account', async () => {
    const { here, user } = await customerWithHistory();
    const viewer = await createStaff([here.id]);
    await prisma.user.update({ where: { id: user.id }, data: { active: false } });

    expect(await loadCustomerCard({ customerId: user.id, viewer, storeId: here.id, locale: 'fi' })).toBeNull();
    expect(await loadCustomerCard({ customerId: crypto.randomUUID(), viewer, storeId: here.id, locale: 'fi' })).toBeNull();
    expect(await viewings(user.id)).toHaveLength(0);
  });
});

describe('the card at the till (counterCustomerCardAction)', () => {
  async function snapshot(userId: string) {
    return {
      audits: await prisma.auditLog.count(),
      viewings: (await viewings(userId)).length,
      notes: await prisma.customerNote.findMany({ where: { userId }, orderBy: { id: 'asc' } }),
    };
  }

  it('sends a signed-out visitor to sign in, refuses a customer and staff of another store, and changes nothing', async () => {
    const { here, user } = await customerWithHistory();
    const otherStore = await createStore();
    const before = await snapshot(user.id);

    expect(await outcome(() => counterCustomerCardAction(here.id, user.id))).toMatch(/^redirect \/signin/);
    expect(await outcome(() => counterCustomerCardAction('not-a-store', user.id))).toMatch(/^redirect \/signin/);
    request.userId = (await createUser()).id;
    expect(await outcome(() => counterCustomerCardAction(here.id, user.id))).toBe('forbidden');
    request.userId = user.id; // the customer themself
    expect(await outcome(() => counterCustomerCardAction(here.id, user.id))).toBe('forbidden');
    request.userId = (await createStaff([otherStore.id])).id;
    expect(await outcome(() => counterCustomerCardAction(here.id, user.id))).toBe('forbidden');
    expect(await outcome(() => counterCustomerCardAction('not-a-store', user.id))).toEqual({ error: 'Asiakkaan tietoja ei löytynyt.' });

    expect(await snapshot(user.id)).toEqual(before);
  });

  it('gives the card to staff of the store and to the owner, and records who looked', async () => {
    const { here, user, staffNote } = await customerWithHistory();
    const staff = await createStaff([here.id]);
    const owner = await createUser({ role: 'OWNER' });

    request.userId = staff.id;
    const answer = await counterCustomerCardAction(here.id, user.id);
    expect(answer).toMatchObject({ card: { customer: { id: user.id }, notes: [{ text: staffNote.text }] } });
    request.userId = owner.id;
    expect(await counterCustomerCardAction(here.id, user.id)).toMatchObject({ card: { customer: { id: user.id } } });

    expect((await viewings(user.id)).map((row) => [row.actorId, row.data])).toEqual([
      [staff.id, { storeId: here.id }],
      [owner.id, { storeId: here.id }],
    ]);
    // Not a customer id: a message, nothing recorded.
    expect(await counterCustomerCardAction(here.id, 'nobody')).toEqual({ error: 'Asiakkaan tietoja ei löytynyt.' });
    expect(await viewings(user.id)).toHaveLength(2);
  });
});

describe('the pages that show the card', () => {
  it("shows it on the hand-over page of the customer's order, and records the viewing; a guest's order has none", async () => {
    const { here, user, orders, staffNote } = await customerWithHistory();
    const staff = await createStaff([here.id]);
    request.userId = staff.id;
    const page = (number: number) =>
      renderPage(HandoverPage({ params: Promise.resolve({ locale: 'fi', storeSlug: here.slug, number: String(number) }), searchParams: Promise.resolve({}) }));

    const html = await page(orders.pendingHere.number);
    expect(html).toContain('Asiakaskortti: Kaisa Kanta');
    expect(html).toContain(staffNote.text);
    expect(html).not.toContain('Reklamaatio');
    expect(html).toContain(`Tilaus ${orders.kiosk.number}`);
    expect(html).toContain('Kortin avaaminen kirjataan lokiin.');
    expect(await viewings(user.id)).toEqual([expect.objectContaining({ actorId: staff.id, data: { storeId: here.id } })]);

    const guestOrder = await customerOrder({ customer: { id: null, email: 'vieras@example.com' }, channel: 'WEB', status: 'PAID', placedAt: '2026-11-01T10:00:00Z', pickup: { storeId: here.id, status: 'PENDING' } });
    expect(await page(guestOrder.number)).not.toContain('Asiakaskortti');
  });

  it('shows it at the return desk while a registered return is received', async () => {
    const { here, user, openReturn, staffNote } = await customerWithHistory();
    request.userId = (await createStaff([here.id])).id;

    const html = await renderPage(DeskReturnPage({ params: Promise.resolve({ locale: 'fi', storeSlug: here.slug, number: String(openReturn.number) }) }));

    expect(html).toContain('Asiakaskortti: Kaisa Kanta');
    expect(html).toContain(staffNote.text);
    expect(await viewings(user.id)).toHaveLength(1);
  });
});

describe("the owner's customer page and notes", () => {
  it('stays the owner\'s: staff of any store get a 403; the owner marks notes for staff there', async () => {
    const { here, user } = await customerWithHistory();
    const params = Promise.resolve({ locale: 'fi', id: user.id });

    request.userId = (await createStaff([here.id])).id;
    expect(await outcome(() => AdminCustomerPage({ params }))).toBe('forbidden');

    request.userId = (await createUser({ role: 'OWNER' })).id;
    const html = await renderPage(AdminCustomerPage({ params }));
    expect(html).toContain('Reklamaatio käsittelyssä'); // the owner sees every note
    expect(html).toContain('Näytä myymälän henkilökunnalle');
    expect(html.match(/Näkyy kassalla/g)).toHaveLength(1); // only the note for staff is marked
  });

  it('saves a note for staff only when the box is ticked', async () => {
    const { user } = await customerWithHistory();
    request.userId = (await createUser({ role: 'OWNER' })).id;

    expect(await addCustomerNoteAction({ status: 'idle' }, form({ userId: user.id, text: 'Kassalle', forStaff: 'on' }))).toMatchObject({ status: 'ok' });
    expect(await addCustomerNoteAction({ status: 'idle' }, form({ userId: user.id, text: 'Vain omistajalle' }))).toMatchObject({ status: 'ok' });

    const saved = await prisma.customerNote.findMany({ where: { userId: user.id, text: { in: ['Kassalle', 'Vain omistajalle'] } }, select: { text: true, forStaff: true } });
    expect(saved.sort((a, b) => a.text.localeCompare(b.text))).toEqual([
      { text: 'Kassalle', forStaff: true },
      { text: 'Vain omistajalle', forStaff: false },
    ]);
  });
});
