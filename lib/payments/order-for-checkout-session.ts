import 'server-only';
import { prisma } from '@/lib/db';
import { isStripeInvalidRequest, stripe, stripeConfigured } from './stripe';

const SESSION_ID = /^cs_\w{1,200}$/;

/**
 * For the order confirmation page that Stripe sends the shopper back to
 * (`/order/<number>?session_id=cs_...`): true when the Checkout Session is one we created for
 * this order. The session id is only known to the browser that paid (and to Stripe), so it
 * lets a guest see the order they just paid for, like the secret link does. Checked in our
 * payments first, then against Stripe's own record of the session.
 */
export async function verifyCheckoutSessionForOrder(sessionId: string, orderId: string): Promise<boolean> {
  if (!SESSION_ID.test(sessionId) || !stripeConfigured()) return false;
  const payment = await prisma.payment.findUnique({ where: { providerRef: sessionId }, select: { orderId: true, provider: true } });
  if (!payment || payment.provider !== 'STRIPE' || payment.orderId !== orderId) return false;
  try {
    const session = await stripe().checkout.sessions.retrieve(sessionId);
    return session.metadata?.orderId === orderId && session.client_reference_id === orderId;
  } catch (error) {
    if (isStripeInvalidRequest(error)) return false;
    // Stripe unreachable: our own record (we stored this id for this order) is enough.
    console.warn(`Could not re-read Checkout Session ${sessionId} from Stripe:`, error);
    return true;
  }
}
