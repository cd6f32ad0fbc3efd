import 'server-only';
import { expireUnconfirmedOrders } from '@/lib/checkout/expire-unconfirmed-orders';
import { deleteOldCheckoutAttempts } from '@/lib/checkout/pay-at-pickup-limits';
import { releaseExpiredReservations } from '@/lib/inventory/release-expired-reservations';
import { expireStaleCheckoutSessions } from '@/lib/payments/expire-stale-checkout-sessions';
import { stripeConfigured } from '@/lib/payments/stripe';

/**
 * The 'reservations.release-expired' job (every 30 s): gives back the stock of orders whose
 * hold expired before payment and of guests' pay-at-pickup orders never confirmed, then closes
 * the unpaid orders' Stripe payment pages.
 */
export async function releaseExpiredHolds(now = new Date()): Promise<void> {
  await releaseExpiredReservations(now);
  await expireUnconfirmedOrders(now);
  await deleteOldCheckoutAttempts(now);
  if (stripeConfigured()) await expireStaleCheckoutSessions(now);
}
