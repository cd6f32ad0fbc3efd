import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { releaseExpiredHolds } from '@/lib/jobs/release-expired-holds';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';
import type { FakeStripe } from '../support/fake-stripe';
import { createPendingOrder, orderFootprint, startPaymentsFake, stockLevel } from './payments-fixtures';

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startPaymentsFake();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

// The job runs every 30 seconds; a hold that runs out at T is released by the run at T + 30 s
// at the latest (T + 60 s is the promise, leaving room for a slow run).
const BEAT_MS = 30_000;

describe("the 'reservations.release-expired' job", () => {
  it('releases a hold that ran out within one beat, and closes its Stripe payment page', async () => {
    const expiresAt = new Date(Date.now() + 5_000);
    const { order, variant, store } = await createPendingOrder({ quantity: 2, stock: 2, expiresAt });
    const session = fake.sessions.get((await startCheckoutSession(order.id, 'fi')).url.split('/pay/')[1])!;

    await releaseExpiredHolds(new Date(expiresAt.getTime() - 1));
    expect((await orderFootprint(order.id)).status).toBe('PENDING_PAYMENT');
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 2, reserved: 2 });

    await releaseExpiredHolds(new Date(expiresAt.getTime() + BEAT_MS));

    expect(await orderFootprint(order.id)).toMatchObject({ status: 'EXPIRED', releases: 1, sales: 0 });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(session.status).toBe('expired');
    expect(await prisma.payment.findUniqueOrThrow({ where: { providerRef: session.id } })).toMatchObject({ status: 'CANCELLED' });
  });

  it('leaves alone holds that have not run out, and orders already paid', async () => {
    const waiting = await createPendingOrder({ quantity: 1, stock: 1, expiresAt: new Date(Date.now() + 10 * 60_000) });
    const paid = await createPendingOrder({ quantity: 1, stock: 1, expiresAt: new Date(Date.now() - 1000) });
    const paidSession = (await startCheckoutSession(paid.order.id, 'fi')).url.split('/pay/')[1];
    await fake.pay(paidSession);

    await releaseExpiredHolds();

    expect(await orderFootprint(waiting.order.id)).toMatchObject({ status: 'PENDING_PAYMENT', releases: 0 });
    expect(await stockLevel(waiting.variant.id, waiting.store.id)).toEqual({ onHand: 1, reserved: 1 });
    expect(await orderFootprint(paid.order.id)).toMatchObject({ status: 'PAID', releases: 0, sales: 1 });
  });
});
