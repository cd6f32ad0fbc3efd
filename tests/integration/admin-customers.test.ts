// The owner's customer list and customer page, the data export and erasure; every customer
// action and the export route refuse anyone but the owner.
import '../support/test-database';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET as exportRoute } from '@/app/api/admin/customers/[id]/export/route';
import { authOptions } from '@/lib/auth/options';
import { addCustomerNoteAction } from '@/lib/actions/admin-customer-add-note';
import { eraseCustomerAction } from '@/lib/actions/admin-customer-erase';
import { readCustomerListQuery } from '@/lib/admin/customers/customer-list-query';
import { getAdminCustomer } from '@/lib/admin/customers/get-admin-customer';
import { listAdminCustomers } from '@/lib/admin/customers/list-admin-customers';
import { refundAdminOrder } from '@/lib/admin/orders/refund-admin-order';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import type { FakeStripe } from '../support/fake-stripe';
import { form, outcome, request, resetRequest } from '../support/request-stand-ins';
import { paidDeliveryOrder } from './admin-orders-fixtures';
import { startPaymentsFake } from './payments-fixtures';
import { createStaff, pickupOrder } from './pickups-fixtures';

type User = Awaited<ReturnType<typeof createUser>>;

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));
// Signing in also merges a guest's cart from the request's cookie; there is no request here.
vi.mock('@/lib/cart/merge-guest-cart-at-sign-in', () => ({ mergeGuestCartAtSignIn: async () => {} }));

const idle: FormState = { status: 'idle' };
let fake: FakeStripe;
let owner: User;
let staff: User;
let outsider: User;
let storeId: string;

beforeAll(async () => {
  fake = await startPaymentsFake();
  owner = await createUser({ role: 'OWNER', name: 'Omistaja' });
  storeId = (await createStore()).id;
  staff = await createStaff([storeId]);
  outsider = await createUser();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

beforeEach(resetRequest);

/** A customer with a paid delivery order (partly refunded), a guest pickup order with their e-mail, a registration and a note. */
async function customerWithHistory() {
  const user = await createUser({ name: 'Kaisa Kanta', email: `kaisa-${crypto.randomUUID()}@example.com` });
  await prisma.user.update({ where: { id: user.id }, data: { phone: '050 111 2222', lastSeenAt: new Date('2026-11-20T10:00:00Z') } });
  const { order: delivery } = await paidDeliveryOrder(fake, { customerId: user.id, email: user.email, quantity: 1, priceCents: 4000 });
  await refundAdminOrder({ orderId: delivery.id, amountCents: 1000, reason: 'Hyvitys', nonce: crypto.randomUUID() }, owner);
  const guest = await pickupOrder({ storeId });
  await prisma.order.update({ where: { id: guest.id }, data: { email: user.email } });
  const event = await prisma.event.create({ data: { storeId, startsAt: new Date('2026-12-05T15:00:00Z'), endsAt: new Date('2026-12-05T17:00:00Z'), capacity: 20 } });
  await prisma.eventRegistration.create({ data: { eventId: event.id, name: 'Kaisa Kanta', email: user.email, seats: 2, cancelTokenHash: crypto.randomUUID() } });
  await prisma.customerNote.create({ data: { userId: user.id, authorId: owner.id, text: 'Kanta-asiakas, pitää kahvista.' } });
  return { user, delivery, guest };
}

describe('the customer page', () => {
  it('shows everything in one view: orders (guest ones by e-mail too), pickups, registrations, money spent, last seen, notes', async () => {
    const { user, delivery, guest } = await customerWithHistory();
    const page = await getAdminCustomer(user.id);

    expect(page?.user).toMatchObject({ name: 'Kaisa Kanta', phone: '050 111 2222', lastSeenAt: new Date('2026-11-20T10:00:00Z') });
    expect(page?.orders.map((o) => o.number).sort()).toEqual([delivery.number, guest.number].sort());
    expect(page?.pickups.map((o) => o.number)).toEqual([guest.number]);
    expect(page?.registrations).toEqual([expect.objectContaining({ seats: 2, status: 'CONFIRMED' })]);
    expect(page?.money).toEqual({ paidCents: delivery.totalCents, refundedCents: 1000, refundableCents: delivery.totalCents - 1000 });
    expect(page?.notes).toEqual([expect.objectContaining({ text: 'Kanta-asiakas, pitää kahvista.' })]);
  });

  it('the list finds customers by part of a name, e-mail or phone, with their orders and money spent', async () => {
    const { user, delivery } = await customerWithHistory();
    const byPhone = await listAdminCustomers(readCustomerListQuery({ q: '111 2222' }));
    expect(byPhone.items.map((row) => row.id)).toContain(user.id);
    const byEmail = await listAdminCustomers(readCustomerListQuery({ q: user.email.slice(0, 20).toUpperCase() }));
    expect(byEmail.items).toEqual([
      expect.objectContaining({ id: user.id, orders: 1, spentCents: delivery.totalCents - 1000, lastSeenAt: new Date('2026-11-20T10:00:00Z') }),
    ]);
    const all = await listAdminCustomers(readCustomerListQuery({}));
    expect(all.items.every((row) => row.id !== owner.id && row.id !== staff.id)).toBe(true);
    expect(all.total).toBe(await prisma.user.count({ where: { role: 'CUSTOMER' } }));
  });
});

describe('last seen', () => {
  it('is when the customer last signed in', async () => {
    const user = await createUser();
    expect((await listAdminCustomers(readCustomerListQuery({ q: user.email }))).items[0].lastSeenAt).toBeNull();
    const before = Date.now();
    await authOptions.events!.signIn!({ user: { id: user.id, email: user.email }, account: null });
    const seen = (await listAdminCustomers(readCustomerListQuery({ q: user.email }))).items[0].lastSeenAt;
    expect(seen?.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe('the data export', () => {
  const get = (id: string) => exportRoute(new Request(`http://shop.test/api/admin/customers/${id}/export`), { params: Promise.resolve({ id }) });

  it("is the customer's own data as a JSON download, and no one else's", async () => {
    const { user, delivery, guest } = await customerWithHistory();
    const other = await customerWithHistory();
    request.userId = owner.id;

    const response = await get(user.id);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="customer-${user.id}.json"`);
    const data = await response.json();
    expect(data.profile).toMatchObject({ id: user.id, email: user.email, name: 'Kaisa Kanta' });
    expect(data.profile.passwordHash).toBeUndefined();
    expect(data.orders.map((o: { number: number }) => o.number).sort()).toEqual([delivery.number, guest.number].sort());
    expect(data.orders.find((o: { number: number }) => o.number === delivery.number).lines).toHaveLength(1);
    expect(data.eventRegistrations).toHaveLength(1);
    expect(data.notes).toEqual([expect.objectContaining({ text: 'Kanta-asiakas, pitää kahvista.' })]);
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.user.email);
    expect(text).not.toContain(String(other.delivery.number));
  });

  it('refuses the signed out, customers and staff', async () => {
    const { user } = await customerWithHistory();
    expect((await get(user.id)).status).toBe(401);
    request.userId = outsider.id;
    expect((await get(user.id)).status).toBe(403);
    request.userId = user.id;
    expect((await get(user.id)).status).toBe(403);
    request.userId = staff.id;
    expect((await get(user.id)).status).toBe(403);
    request.userId = owner.id;
    expect((await get('not-an-id')).status).toBe(404);
  });
});

describe('erasing a customer', () => {
  it('anonymises the person everywhere and keeps the orders, payments and refunds', async () => {
    const { user, delivery, guest } = await customerWithHistory();
    const moneyBefore = await prisma.payment.findMany({ where: { orderId: delivery.id }, select: { amountCents: true, status: true } });
    request.userId = owner.id;

    const wrong = await eraseCustomerAction(idle, form({ userId: user.id, confirmEmail: 'someone@example.com' }));
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { confirmEmail: expect.stringContaining('ei täsmää') } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    expect(await eraseCustomerAction(idle, form({ userId: user.id, confirmEmail: ` ${user.email.toUpperCase()} ` }))).toMatchObject({ status: 'ok' });

    const erased = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(erased).toMatchObject({ name: 'Poistettu asiakas', email: `erased-${user.id}@invalid`, phone: null, passwordHash: null, active: false });
    const orders = await prisma.order.findMany({ where: { id: { in: [delivery.id, guest.id] } } });
    expect(orders).toHaveLength(2);
    for (const order of orders) {
      expect(order).toMatchObject({ name: 'Poistettu asiakas', email: `erased-${user.id}@invalid`, phone: null, shippingStreet: null, customerId: user.id });
    }
    expect(orders.find((o) => o.id === delivery.id)?.totalCents).toBe(delivery.totalCents);
    expect(await prisma.payment.findMany({ where: { orderId: delivery.id }, select: { amountCents: true, status: true } })).toEqual(moneyBefore);
    expect(await prisma.refund.count({ where: { orderId: delivery.id } })).toBe(1);
    expect(await prisma.orderLine.count({ where: { orderId: delivery.id } })).toBe(1);
    const registrations = await prisma.eventRegistration.findMany({ where: { userId: user.id } });
    expect(registrations).toEqual([expect.objectContaining({ name: 'Poistettu asiakas', email: expect.stringMatching(/^erased-.*@invalid$/) })]);
    expect(await prisma.customerNote.count({ where: { userId: user.id } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'customer.erased', entityId: user.id } });
    expect(audit.actorId).toBe(owner.id);
    expect(JSON.stringify(audit.data)).not.toContain(user.email);
    // Nothing left to find by the old e-mail.
    expect(await prisma.order.count({ where: { email: user.email } })).toBe(0);

    // Staff and the owner are not erased here.
    expect(await eraseCustomerAction(idle, form({ userId: staff.id, confirmEmail: staff.email }))).toMatchObject({ status: 'error', message: 'Vain asiakkaan tietoja voi poistaa täältä.' });
  });
});

describe('the customer actions', () => {
  const cases = [
    { name: 'note', run: (user: { id: string; email: string }) => addCustomerNoteAction(idle, form({ userId: user.id, text: 'Huomio' })) },
    { name: 'erase', run: (user: { id: string; email: string }) => eraseCustomerAction(idle, form({ userId: user.id, confirmEmail: user.email })) },
  ];

  it.each(cases)('"$name" refuses the signed out, customers and staff, and changes nothing; the owner may', async ({ run }) => {
    const { user } = await customerWithHistory();
    const snapshot = async () => ({
      user: await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true, active: true } }),
      notes: await prisma.customerNote.count({ where: { userId: user.id } }),
      orders: await prisma.order.findMany({ where: { customerId: user.id }, select: { name: true, email: true } }),
      audits: await prisma.auditLog.count({ where: { entityId: user.id } }),
    });
    const before = await snapshot();

    expect(await outcome(() => run(user))).toMatch(/^redirect \/signin/);
    request.userId = outsider.id;
    expect(await outcome(() => run(user))).toBe('forbidden');
    request.userId = user.id;
    expect(await outcome(() => run(user))).toBe('forbidden');
    request.userId = staff.id;
    expect(await outcome(() => run(user))).toBe('forbidden');
    expect(await snapshot()).toEqual(before);

    request.userId = owner.id;
    expect(await outcome(() => run(user))).toMatchObject({ status: 'ok' });
    expect(await snapshot()).not.toEqual(before);
  });
});
