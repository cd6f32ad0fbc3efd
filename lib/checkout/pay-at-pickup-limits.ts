import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { limitSetting } from '@/lib/limits/limit-setting';
import type { PaymentMethod } from './types';

// Paying at pickup holds stock for nothing until someone comes to the store, so it has limits
// that a shopper never meets and a script placing order after order always does:
//
// - a guest's order is held only CONFIRM_MINUTES until the link in its confirmation e-mail is
//   opened (lib/checkout/confirm-pickup-order.ts), then until the pickup deadline;
// - at most `openPerEmail` open pay-at-pickup orders per e-mail address and `openPerAccount` per
//   account (orders not yet picked up: a shopper picks one up before ordering the next);
// - at most `perEmail`, `perDevice` and `perNetwork` pay-at-pickup checkouts in WINDOW_MINUTES
//   per e-mail address, device (the guest's cart cookie, or the account) and network (the
//   client's address, or its /64 for IPv6). The network's limit counts every shopper behind one
//   address (an office, a mobile operator's shared address), so it is a setting:
//   PAY_AT_PICKUP_LIMIT_PER_NETWORK.
// An unpaid card order holds its stock only while its Stripe page is open (about half an hour),
// but a script can keep placing them; so card checkouts count towards the network's limit, and
// a guest's towards its cart cookie's (`perDevice` card checkouts, apart from pay-at-pickup
// ones), and one e-mail address or account may have `openPerEmail` / `openPerAccount` card
// orders waiting for payment. (A shopper whose card is declined retries on Stripe's page, in the
// same order.)

/** A guest's order is released this long after it was placed unless its e-mail link confirms it. */
export const CONFIRM_MINUTES = 30;
/** The window of the checkout counts (as long as an unconfirmed hold). */
export const WINDOW_MINUTES = 30;

export function payAtPickupLimits() {
  return {
    openPerEmail: limitSetting('PAY_AT_PICKUP_OPEN_PER_EMAIL', 3),
    openPerAccount: limitSetting('PAY_AT_PICKUP_OPEN_PER_ACCOUNT', 5),
    perEmail: limitSetting('PAY_AT_PICKUP_LIMIT_PER_EMAIL', 3),
    perDevice: limitSetting('PAY_AT_PICKUP_LIMIT_PER_DEVICE', 5),
    perNetwork: limitSetting('PAY_AT_PICKUP_LIMIT_PER_NETWORK', 10),
  };
}

export type PayAtPickupClient = {
  /** The order's e-mail address. */
  email: string;
  /** The signed-in customer, or null for a guest. */
  userId: string | null;
  /** The guest's device: the hash of its cart cookie (as carts.token keeps it); null when signed in. */
  guestDevice: string | null;
  /** networkKey() of the client's address; null when unknown. */
  network: string | null;
};

/**
 * Counts a checkout that holds stock before it is paid, or refuses it: RATE_LIMITED with message
 * 'openOrders' (this person has enough orders waiting for pickup or for payment) or
 * 'tooManyOrders' (too many checkouts from this address, device or network just now). The
 * attempt is written first and counted after, so that requests racing each other cannot all slip
 * under a limit; a refused attempt is taken back.
 * Returns the attempt's id: the caller gives it back with forgetCheckoutAttempt() when the order
 * is not placed after all (out of stock, a changed cart), so that only orders count.
 */
export async function claimCheckout(payment: PaymentMethod, client: PayAtPickupClient, now: Date = new Date()): Promise<bigint> {
  const limits = payAtPickupLimits();
  const email = client.email.trim().toLowerCase();
  const device = client.userId ? `user:${client.userId}` : `cart:${client.guestDevice ?? 'none'}`;
  const open = payment === 'CARD' ? 'PENDING_PAYMENT' : 'PAY_AT_PICKUP';

  // Each count in one statement (a round trip and a pooled connection each cost more than the
  // counting); a null account or network matches no row, so counts 0.
  const [waiting] = await prisma.$queryRaw<{ byEmail: number; byAccount: number }[]>`
    SELECT (SELECT count(*)::int FROM orders WHERE email = ${email} AND status = ${open}::"OrderStatus") AS "byEmail",
           (SELECT count(*)::int FROM orders WHERE customer_id = ${client.userId}::uuid AND status = ${open}::"OrderStatus") AS "byAccount"`;
  if (waiting.byEmail >= limits.openPerEmail || waiting.byAccount >= limits.openPerAccount) {
    throw new AppError('RATE_LIMITED', 'openOrders');
  }

  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const card = payment === 'CARD';
  const attempt = await prisma.checkoutAttempt.create({ data: { email, device, network: client.network, card, createdAt: now }, select: { id: true } });
  // After the write, in a statement of its own: it sees every attempt committed before it. Card
  // checkouts are not counted per e-mail address, nor per account: their orders waiting for
  // payment are (openPerEmail, openPerAccount), and a paid one holds nothing unpaid.
  const countEmail = !card;
  const countDevice = !(card && client.userId);
  const [recent] = await prisma.$queryRaw<{ byEmail: number; byDevice: number; byNetwork: number }[]>`
    SELECT (SELECT count(*)::int FROM checkout_attempts
             WHERE ${countEmail} AND email = ${email} AND NOT card AND created_at BETWEEN ${since} AND ${now}) AS "byEmail",
           (SELECT count(*)::int FROM checkout_attempts
             WHERE ${countDevice} AND device = ${device} AND card = ${card} AND created_at BETWEEN ${since} AND ${now}) AS "byDevice",
           (SELECT count(*)::int FROM checkout_attempts WHERE network = ${client.network} AND created_at BETWEEN ${since} AND ${now}) AS "byNetwork"`;
  if (recent.byEmail > limits.perEmail || recent.byDevice > limits.perDevice || recent.byNetwork > limits.perNetwork) {
    await forgetCheckoutAttempt(attempt.id);
    throw new AppError('RATE_LIMITED', 'tooManyOrders');
  }
  return attempt.id;
}

/** Takes back a counted checkout that did not become an order. */
export async function forgetCheckoutAttempt(id: bigint): Promise<void> {
  await prisma.checkoutAttempt.deleteMany({ where: { id } });
}

/** Deletes the counts that have left the window (the holds job calls this). */
export async function deleteOldCheckoutAttempts(now: Date = new Date()): Promise<number> {
  const { count } = await prisma.checkoutAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - WINDOW_MINUTES * 60_000) } } });
  return count;
}
