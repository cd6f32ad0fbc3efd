import 'server-only';
import { prisma } from '@/lib/db';
import type { CheckoutSession } from './stripe';
import { isUuid } from '@/lib/validation/uuid';

/**
 * Our payment row for a Checkout Session, with its order's total: by the session id we stored,
 * or else by the payment id in the session's metadata (the process may have died between
 * Stripe creating the session and us storing its id). Null for a session that is not ours.
 */
export async function findSessionPayment(session: CheckoutSession) {
  const include = { order: { select: { totalCents: true, currency: true } } } as const;
  const byRef = await prisma.payment.findUnique({ where: { providerRef: session.id }, include });
  if (byRef) return byRef.provider === 'STRIPE' ? byRef : null;
  const paymentId = session.metadata?.paymentId;
  const orderId = session.metadata?.orderId;
  if (!paymentId || !orderId || !isUuid(paymentId)) return null;
  const byMetadata = await prisma.payment.findUnique({ where: { id: paymentId }, include });
  if (!byMetadata || byMetadata.provider !== 'STRIPE' || byMetadata.orderId !== orderId || byMetadata.providerRef) return null;
  return byMetadata;
}
