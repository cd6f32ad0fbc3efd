import 'server-only';
import { releaseExpiredReservations } from '@/lib/inventory/release-expired-reservations';
import { expireStaleCheckoutSessions } from '@/lib/payments/expire-stale-checkout-sessions';
import { stripeConfigured } from '@/lib/payments/stripe';

/**
 * The 'reservations.release-expired' job (every 30 s): gives back the stock of orders whose
 * hold expired before payment, then closes those orders' Stripe payment pages.
 */
export async function releaseExpiredHolds(now = new Date()): Promise<void> {
  await releaseExpiredReservations(now);
  if (stripeConfigured()) await expireStaleCheckoutSessions(now);
}
