import 'server-only';
import { prisma } from '@/lib/db';
import { afterCommit } from './after-commit';
import { cancelPickupOrder, type CancelPickupOrderInput } from './cancel-pickup-order';
import { lockStorePickup, type StorePickupRef } from './lock-store-pickup';

/**
 * Staff of the pickup store call off an order (goods missing, or not collected in time): the
 * order must be this store's (NOT_FOUND otherwise); then cancelPickupOrder, and after the commit
 * the refund is sent to Stripe and the customer's e-mail goes out. Returns the refund's id.
 */
export async function cancelStorePickupOrder(ref: StorePickupRef & { reason: CancelPickupOrderInput['reason'] }, actorId: string): Promise<{ refundId: string | null }> {
  const cancelled = await prisma.$transaction(async (tx) => {
    await lockStorePickup(tx, ref);
    return cancelPickupOrder(tx, { orderId: ref.orderId, actorId, reason: ref.reason });
  });
  await afterCommit({ refundIds: [cancelled.refundId], emailIds: [cancelled.emailId] });
  return { refundId: cancelled.refundId };
}
