import 'server-only';
import { prisma } from '@/lib/db';
import { idempotencyKeys, isStripeInvalidRequest, stripe } from './stripe';

const BATCH = 50;
// Sessions live at most 24 hours; older rows are not looked at again.
const LOOK_BACK_MS = 2 * 24 * 3600_000;

/**
 * Closes at Stripe the Checkout Sessions of orders that are no longer waiting for payment
 * (their hold expired, they were cancelled, or another session paid them), so that nobody pays
 * for an order that is gone. A session that was paid meanwhile is left for the webhook, which
 * handles a late payment. Run by the reservations job after releasing expired holds.
 */
export async function expireStaleCheckoutSessions(now = new Date()): Promise<number> {
  const stale = await prisma.payment.findMany({
    where: {
      provider: 'STRIPE',
      status: 'PENDING',
      providerRef: { not: null },
      createdAt: { gt: new Date(now.getTime() - LOOK_BACK_MS) },
      order: { status: { not: 'PENDING_PAYMENT' } },
    },
    select: { id: true, providerRef: true },
    take: BATCH,
  });
  let closed = 0;
  for (const payment of stale) {
    const sessionId = payment.providerRef!;
    try {
      await stripe().checkout.sessions.expire(sessionId, {}, { idempotencyKey: idempotencyKeys.expireSession(sessionId) });
    } catch (error) {
      if (!isStripeInvalidRequest(error)) {
        console.warn(`Could not expire Checkout Session ${sessionId}; trying again on the next run.`, error);
        continue;
      }
      const session = await stripe().checkout.sessions.retrieve(sessionId).catch(() => null);
      if (session?.status !== 'expired') continue;
    }
    const { count } = await prisma.payment.updateMany({ where: { id: payment.id, status: 'PENDING' }, data: { status: 'CANCELLED' } });
    closed += count;
  }
  return closed;
}
