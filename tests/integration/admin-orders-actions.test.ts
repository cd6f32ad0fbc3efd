// Every back-office order action refuses anyone but the owner (signed out, a customer, staff)
// and changes nothing; the owner's calls answer with the messages the page shows.
import '../support/test-database';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addOrderNoteAction } from '@/lib/actions/admin-order-add-note';
import { cancelAdminOrderAction } from '@/lib/actions/admin-order-cancel';
import { refundAdminOrderAction } from '@/lib/actions/admin-order-refund';
import { resendOrderConfirmationAction } from '@/lib/actions/admin-order-resend-confirmation';
import { retryAdminRefundAction } from '@/lib/actions/admin-order-retry-refund';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import type { FakeStripe } from '../support/fake-stripe';
import { form, outcome, request, resetRequest } from '../support/request-stand-ins';
import { paidDeliveryOrder } from './admin-orders-fixtures';
import { startPaymentsFake } from './payments-fixtures';
import { createStaff } from './pickups-fixtures';

type User = Awaited<ReturnType<typeof createUser>>;

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

const idle: FormState = { status: 'idle' };
let fake: FakeStripe;
let owner: User;
let staff: User;
let customer: User;

beforeAll(async () => {
  fake = await startPaymentsFake();
  owner = await createUser({ role: 'OWNER', name: 'Omistaja' });
  staff = await createStaff([(await createStore()).id]);
  customer = await createUser();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

beforeEach(resetRequest);

/** Everything an order action could change. */
async function snapshot(orderId: string) {
  const [order, refunds, notes, emails, events, audits, stock] = await Promise.all([
    prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, accessTokenHash: true } }),
    prisma.refund.findMany({ where: { orderId }, orderBy: { id: 'asc' }, select: { status: true, amountCents: true, idempotencyKey: true } }),
    prisma.orderNote.count({ where: { orderId } }),
    prisma.outboxMessage.count({ where: { reference: { startsWith: orderId } } }),
    prisma.orderEvent.count({ where: { orderId } }),
    prisma.auditLog.count({ where: { entityId: orderId } }),
    prisma.stockMovement.count({ where: { orderId } }),
  ]);
  return { order, refunds, notes, emails, events, audits, stock };
}

type Case = { name: string; run: (orderId: string, refundId: string) => Promise<FormState> };

const actions: Case[] = [
  { name: 'cancel', run: (orderId) => cancelAdminOrderAction(idle, form({ orderId })) },
  { name: 'refund', run: (orderId) => refundAdminOrderAction(idle, form({ orderId, nonce: crypto.randomUUID(), amount: '5,00', reason: 'Testi' })) },
  { name: 'note', run: (orderId) => addOrderNoteAction(idle, form({ orderId, text: 'Salainen huomio' })) },
  { name: 'resend confirmation', run: (orderId) => resendOrderConfirmationAction(idle, form({ orderId })) },
  { name: 'retry refund', run: (orderId, refundId) => retryAdminRefundAction(idle, form({ orderId, refundId })) },
];

/** A paid delivery order with one failed refund, so that every action has something to act on. */
async function orderToActOn() {
  const { order } = await paidDeliveryOrder(fake, { quantity: 1, priceCents: 3000 });
  const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
  const refund = await prisma.refund.create({
    data: { orderId: order.id, paymentId: payment.id, amountCents: 500, status: 'FAILED', failureReason: 'card expired', idempotencyKey: `test-failed-${order.id}`, reason: 'x' },
  });
  return { order, refundId: refund.id };
}

describe.each(actions)('the "$name" action', ({ run }) => {
  it('refuses the signed out, customers and staff, and changes nothing', async () => {
    const { order, refundId } = await orderToActOn();
    const before = await snapshot(order.id);

    expect(await outcome(() => run(order.id, refundId))).toMatch(/^redirect \/signin/);
    request.userId = customer.id;
    expect(await outcome(() => run(order.id, refundId))).toBe('forbidden');
    request.userId = staff.id;
    expect(await outcome(() => run(order.id, refundId))).toBe('forbidden');

    expect(await snapshot(order.id)).toEqual(before);
  });

  it('works for the owner', async () => {
    const { order, refundId } = await orderToActOn();
    request.userId = owner.id;
    expect(await outcome(() => run(order.id, refundId))).toMatchObject({ status: 'ok' });
  });
});

describe('the refund form', () => {
  it('takes euros with a comma, needs a reason, and says when the amount is too large', async () => {
    const { order } = await paidDeliveryOrder(fake, { quantity: 1, priceCents: 1000 });
    request.userId = owner.id;
    const nonce = crypto.randomUUID();

    const noReason = await refundAdminOrderAction(idle, form({ orderId: order.id, nonce, amount: '2,50', reason: ' ' }));
    expect(noReason).toMatchObject({ status: 'error', fieldErrors: { reason: 'Kerro palautuksen syy.' } });
    const badAmount = await refundAdminOrderAction(idle, form({ orderId: order.id, nonce, amount: '2,5,0', reason: 'x' }));
    expect(badAmount).toMatchObject({ fieldErrors: { amount: 'Kirjoita summa euroina, esimerkiksi 12,50.' } });
    const tooMuch = await refundAdminOrderAction(idle, form({ orderId: order.id, nonce, amount: '999,00', reason: 'x' }));
    expect(tooMuch).toMatchObject({ status: 'error', fieldErrors: { amount: expect.stringContaining('suurempi kuin tilauksesta on maksettu') } });

    const ok = await refundAdminOrderAction(idle, form({ orderId: order.id, nonce, amount: '2,50', reason: 'Väärä väri' }));
    const again = await refundAdminOrderAction(idle, form({ orderId: order.id, nonce, amount: '2,50', reason: 'Väärä väri' }));
    expect(ok).toEqual({ status: 'ok', message: 'Rahat palautettiin.' });
    expect(again).toMatchObject({ status: 'ok' });
    expect(await prisma.refund.findMany({ where: { orderId: order.id }, select: { amountCents: true, reason: true } })).toEqual([{ amountCents: 250, reason: 'Väärä väri' }]);
  });

  it('refuses cancelling a fulfilled order with a clear message', async () => {
    const { order } = await paidDeliveryOrder(fake);
    await prisma.order.update({ where: { id: order.id }, data: { status: 'FULFILLED' } });
    request.userId = owner.id;
    expect(await cancelAdminOrderAction(idle, form({ orderId: order.id }))).toEqual({
      status: 'error',
      message: 'Tilausta ei voi enää perua. Toimitetulle tilaukselle voi tehdä rahojen palautuksen.',
      fieldErrors: undefined,
    });
  });
});
