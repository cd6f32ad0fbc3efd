// The owner's order list and order page, and what cancel, refund, notes and "resend the
// confirmation" do to an order: stock, money, e-mails, the timeline and the audit log.
import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addOrderNote } from '@/lib/admin/orders/add-order-note';
import { cancelAdminOrder } from '@/lib/admin/orders/cancel-admin-order';
import { getAdminOrder } from '@/lib/admin/orders/get-admin-order';
import { listAdminOrders } from '@/lib/admin/orders/list-admin-orders';
import { readOrderListQuery } from '@/lib/admin/orders/order-list-query';
import { refundAdminOrder } from '@/lib/admin/orders/refund-admin-order';
import { resendOrderConfirmation } from '@/lib/admin/orders/resend-order-confirmation';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import type { FakeStripe } from '../support/fake-stripe';
import { insertBulkOrders, onHand, paidDeliveryOrder, type BulkOrder } from './admin-orders-fixtures';
import { createPendingOrder, startPaymentsFake } from './payments-fixtures';
import { pickupOrder, product } from './pickups-fixtures';

vi.mock('@/lib/jobs/send-outbox-soon', () => ({ sendOutboxSoon: async () => {} }));

let fake: FakeStripe;
let owner: { id: string; name: string | null };
let storeId: string;

beforeAll(async () => {
  fake = await startPaymentsFake();
  owner = await createUser({ role: 'OWNER', name: 'Omistaja Olli' });
  storeId = (await createStore()).id;
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

function stripeRefunds(orderId: string) {
  return [...fake.refunds.values()].filter((refund) => refund.metadata.orderId === orderId).map((refund) => refund.amount);
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, field: error.field };
    throw error;
  }
  throw new Error('expected a refusal');
}

const audits = (orderId: string, action: string) => prisma.auditLog.findMany({ where: { entityId: orderId, action } });

describe('the order list', () => {
  const domain = 'list.test';
  const start = new Date('2026-06-30T21:00:00Z'); // 1.7.2026 00:00 in Helsinki
  let stores: [string, string];
  let bulk: BulkOrder[];
  const mine = (extra: Record<string, string> = {}) => readOrderListQuery({ q: `@${domain}`, ...extra });

  beforeAll(async () => {
    stores = [(await createStore()).id, (await createStore()).id];
    bulk = await insertBulkOrders(300, { domain, stores, start });
  });

  it('pages through every order once, newest first, 50 a page', async () => {
    const first = await listAdminOrders(mine());
    expect(first.total).toBe(300);
    expect(first.pageCount).toBe(6);
    expect(first.items).toHaveLength(50);
    expect(first.items[0].email).toBe(`bulk-0@${domain}`);
    const seen = new Set<string>();
    for (let page = 1; page <= 6; page += 1) {
      const result = await listAdminOrders(mine({ page: String(page) }));
      for (const row of result.items) seen.add(row.id);
      const times = result.items.map((row) => row.placedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
    expect(seen.size).toBe(300);
  });

  it('filters by status, channel, fulfilment, store and dates, as SQL over the same orders says', async () => {
    const check = async (params: Record<string, string>, keep: (order: BulkOrder) => boolean) => {
      const result = await listAdminOrders(mine(params));
      expect(result.total, JSON.stringify(params)).toBe(bulk.filter(keep).length);
      expect(result.total).toBeGreaterThan(0);
    };
    await check({ status: 'PAID' }, (o) => o.status === 'PAID');
    await check({ channel: 'STORE' }, (o) => o.channel === 'STORE');
    await check({ fulfilment: 'PICKUP', store: stores[1] }, (o) => o.fulfilment === 'PICKUP' && o.storeId === stores[1]);
    await check({ status: 'CANCELLED', fulfilment: 'DELIVERY' }, (o) => o.status === 'CANCELLED' && o.fulfilment === 'DELIVERY');
    // Helsinki days: 30.6.2026 is the 24 hours before `start`; from/to are both inclusive.
    const day = (o: BulkOrder) => o.placedAt >= new Date('2026-06-29T21:00:00Z') && o.placedAt < start;
    await check({ from: '2026-06-30', to: '2026-06-30' }, day);
    await check({ to: '2026-06-28' }, (o) => o.placedAt < new Date('2026-06-28T21:00:00Z'));
  });

  it('sorts by total both ways and finds an order by number, name or part of an e-mail', async () => {
    const largest = await listAdminOrders(mine({ sort: 'total_desc' }));
    expect(largest.items[0].totalCents).toBe(Math.max(...bulk.map((o) => o.totalCents)));
    const smallest = await listAdminOrders(mine({ sort: 'total_asc' }));
    expect(smallest.items[0].totalCents).toBe(Math.min(...bulk.map((o) => o.totalCents)));

    const target = largest.items[3];
    const byNumber = await listAdminOrders(readOrderListQuery({ q: `#${target.number}` }));
    expect(byNumber.items.map((row) => row.id)).toEqual([target.id]);
    const byName = await listAdminOrders(readOrderListQuery({ q: 'virtanen' }));
    expect(byName.total).toBe(bulk.filter((o) => o.name.startsWith('Virtanen')).length);
    const byEmail = await listAdminOrders(readOrderListQuery({ q: `BULK-123@${domain}` }));
    expect(byEmail.items.map((row) => row.email)).toEqual([`bulk-123@${domain}`]);
  });

  it('ignores malformed filters instead of failing', () => {
    expect(readOrderListQuery({ status: 'NOPE', store: 'x', from: '2026-13-45', page: '-3', sort: 'drop table' })).toEqual({
      status: undefined,
      returnStatus: undefined,
      channel: undefined,
      fulfilment: undefined,
      storeId: undefined,
      from: '2026-13-45',
      to: undefined,
      q: undefined,
      sort: 'placed_desc',
      page: 1,
    });
  });
});

describe('cancelling an order', () => {
  it('waiting for payment: the hold is released, the customer told, the audit log says who', async () => {
    const { order, variant, store } = await createPendingOrder({ quantity: 2, stock: 5 });
    expect(await onHand(variant.id, store.id)).toEqual({ onHand: 5, reserved: 2 });

    const result = await cancelAdminOrder(order.id, owner);

    expect(result).toMatchObject({ kind: 'pending', refundId: null });
    expect(await onHand(variant.id, store.id)).toEqual({ onHand: 5, reserved: 0 });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('CANCELLED');
    const emails = await prisma.outboxMessage.findMany({ where: { kind: 'order.cancelled', reference: order.id } });
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain('Sinulta ei veloiteta mitään.');
    expect(await audits(order.id, 'order.cancelled')).toEqual([expect.objectContaining({ actorId: owner.id })]);
    expect(await refusal(cancelAdminOrder(order.id, owner))).toMatchObject({ code: 'VALIDATION', message: 'adminOrders.errors.cannotCancel' });
  });

  it('click & collect to be paid at pickup: holds released, nothing refunded', async () => {
    const item = await product(990, { [storeId]: 3 });
    const order = await pickupOrder({ storeId, items: [{ variantId: item.id, quantity: 2 }] });
    expect(await onHand(item.id, storeId)).toEqual({ onHand: 3, reserved: 2 });

    expect(await cancelAdminOrder(order.id, owner)).toMatchObject({ kind: 'pickup', refundId: null });

    expect(await onHand(item.id, storeId)).toEqual({ onHand: 3, reserved: 0 });
    expect(await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: 'CANCELLED' });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    // One e-mail, the shop's own (the pickup desk's "items missing" e-mail would be wrong here).
    expect(await prisma.outboxMessage.findMany({ where: { reference: order.id, kind: { in: ['order.cancelled', 'pickup.cancelled'] } } })).toEqual([
      expect.objectContaining({ kind: 'order.cancelled' }),
    ]);
  });

  it('paid click & collect: goods back on the shelf, everything paid refunded through Stripe', async () => {
    const item = await product(1290, { [storeId]: 4 });
    const order = await pickupOrder({ storeId, payWith: fake, items: [{ variantId: item.id, quantity: 2 }] });
    expect(await onHand(item.id, storeId)).toEqual({ onHand: 2, reserved: 0 });

    const result = await cancelAdminOrder(order.id, owner);
    await fake.settled();

    expect(result).toMatchObject({ kind: 'pickup', refundedCents: order.totalCents });
    expect(await onHand(item.id, storeId)).toEqual({ onHand: 4, reserved: 0 });
    expect(stripeRefunds(order.id)).toEqual([order.totalCents]);
    expect(await prisma.refund.findMany({ where: { orderId: order.id } })).toEqual([expect.objectContaining({ status: 'SUCCEEDED', actorId: owner.id })]);
    const email = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'order.cancelled', reference: order.id } });
    expect(email.text).toContain('Palautamme maksamasi');
  });

  it('paid delivery not yet sent: stock back where it was sold, one refund even when cancelled twice at once', async () => {
    const { order, variant, warehouse } = await paidDeliveryOrder(fake, { quantity: 2, priceCents: 2000 });
    expect(await onHand(variant.id, warehouse.id)).toEqual({ onHand: 3, reserved: 0 });

    const results = await Promise.allSettled([cancelAdminOrder(order.id, owner), cancelAdminOrder(order.id, owner)]);
    await fake.settled();

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ code: 'VALIDATION', message: 'adminOrders.errors.cannotCancel' });
    expect(await onHand(variant.id, warehouse.id)).toEqual({ onHand: 5, reserved: 0 });
    expect(await prisma.stockMovement.findMany({ where: { orderId: order.id, type: 'RETURN' } })).toEqual([
      expect.objectContaining({ storeId: warehouse.id, onHandDelta: 2, actorId: owner.id }),
    ]);
    expect(stripeRefunds(order.id)).toEqual([order.totalCents]);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: 'CANCELLED' });
    expect(await audits(order.id, 'order.cancelled')).toHaveLength(1);
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('fulfilled: refused (refund it instead), nothing changes', async () => {
    const { order } = await paidDeliveryOrder(fake);
    await prisma.order.update({ where: { id: order.id }, data: { status: 'FULFILLED', fulfilledAt: new Date() } });
    expect(await refusal(cancelAdminOrder(order.id, owner))).toEqual({ code: 'VALIDATION', message: 'adminOrders.errors.cannotCancel', field: undefined });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    expect((await getAdminOrder(order.number))?.cancelKind).toBeNull();
  });
});

describe('refunding part of an order', () => {
  it('refunds the amount with the reason, once for one form, and shows who on the timeline', async () => {
    const { order } = await paidDeliveryOrder(fake, { quantity: 1, priceCents: 3000 });
    const input = { orderId: order.id, amountCents: 1250, reason: 'Naarmu kannessa', nonce: crypto.randomUUID() };

    const both = await Promise.all([refundAdminOrder(input, owner), refundAdminOrder(input, owner)]);
    await fake.settled();

    expect(both.map((r) => r.created).sort()).toEqual([false, true]);
    expect(stripeRefunds(order.id)).toEqual([1250]);
    const refunds = await prisma.refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toEqual([expect.objectContaining({ amountCents: 1250, reason: 'Naarmu kannessa', actorId: owner.id, status: 'SUCCEEDED' })]);
    expect(await audits(order.id, 'refund.created')).toEqual([expect.objectContaining({ actorId: owner.id, data: expect.objectContaining({ amountCents: 1250 }) })]);

    const page = await getAdminOrder(order.number);
    expect(page?.money).toEqual({ paidCents: order.totalCents, refundedCents: 1250, refundableCents: order.totalCents - 1250 });
    expect(page?.events.find((e) => e.type === 'refunded')?.actor?.name).toBe('Omistaja Olli');
  });

  it('refuses more than is left, and an order nothing was paid for', async () => {
    const { order } = await paidDeliveryOrder(fake, { quantity: 1, priceCents: 1000 });
    await refundAdminOrder({ orderId: order.id, amountCents: 600, reason: 'Hyvitys', nonce: crypto.randomUUID() }, owner);
    const left = order.totalCents - 600;
    expect(await refusal(refundAdminOrder({ orderId: order.id, amountCents: left + 1, reason: 'Liikaa', nonce: crypto.randomUUID() }, owner))).toMatchObject({
      code: 'REFUND_TOO_LARGE',
      field: 'amount',
    });
    const rest = await refundAdminOrder({ orderId: order.id, amountCents: left, reason: 'Loput', nonce: crypto.randomUUID() }, owner);
    expect(rest.created).toBe(true);

    const unpaid = await pickupOrder({ storeId });
    expect(await refusal(refundAdminOrder({ orderId: unpaid.id, amountCents: 100, reason: 'x', nonce: crypto.randomUUID() }, owner))).toMatchObject({
      code: 'VALIDATION',
      message: 'adminOrders.errors.nothingPaid',
    });
    expect(await prisma.refund.count({ where: { orderId: unpaid.id } })).toBe(0);
  });
});

describe('notes and e-mails', () => {
  it('keeps internal notes with their author, among the timeline', async () => {
    const order = await pickupOrder({ storeId });
    await addOrderNote({ orderId: order.id, text: 'Asiakas soitti: noutaa perjantaina.' }, owner);
    const page = await getAdminOrder(order.number);
    expect(page?.notes).toEqual([expect.objectContaining({ text: 'Asiakas soitti: noutaa perjantaina.', author: expect.objectContaining({ name: 'Omistaja Olli' }) })]);
    expect(page?.events.map((e) => e.type)).toContain('placed');
    // The database keeps notes within 2000 characters whatever the caller does.
    await expect(prisma.orderNote.create({ data: { orderId: order.id, text: 'x'.repeat(2001) } })).rejects.toThrow();
  });

  it('sends the confirmation again as a new message each time, with a fresh order link', async () => {
    const order = await pickupOrder({ storeId });
    const before = await prisma.outboxMessage.findMany({ where: { kind: 'order.confirmation', reference: { startsWith: order.id } } });
    expect(before).toHaveLength(1);

    await resendOrderConfirmation(order.id, owner);
    await resendOrderConfirmation(order.id, owner);

    const after = await prisma.outboxMessage.findMany({ where: { kind: 'order.confirmation', reference: { startsWith: order.id } }, orderBy: { createdAt: 'asc' } });
    expect(after.map((m) => m.reference)).toEqual([order.id, `${order.id}:resend:1`, `${order.id}:resend:2`]);
    expect(after[2].toEmail).toBe(order.email);
    expect(after[2].text).toContain(String(order.number));
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, type: 'confirmation_resent', actorId: owner.id } })).toBe(2);

    const { order: pending } = await createPendingOrder();
    expect(await refusal(resendOrderConfirmation(pending.id, owner))).toMatchObject({ code: 'VALIDATION', message: 'adminOrders.errors.noConfirmation' });
  });
});
