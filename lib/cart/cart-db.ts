import 'server-only';
import { prisma } from '@/lib/db';
import { hashToken, newLinkToken } from '@/lib/auth/tokens';
import type { CartRef } from './types';

/** A transaction client of the shared Prisma client. */
export type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/** The cart row a reference points at: a user's cart, or a guest cart (never a user's) by token. */
export function cartWhere(ref: CartRef) {
  return ref.guestToken !== undefined ? { token: hashToken(ref.guestToken), userId: null } : { userId: ref.userId };
}

/**
 * The reference's cart id, locked for the rest of the transaction (so that two changes to one
 * cart run one after the other and never lose an update), and touched (`updated_at`).
 * With `create`, a missing cart is created first. Null when there is none.
 */
export async function lockCart(tx: Tx, ref: CartRef, options: { create: boolean }): Promise<string | null> {
  // One UPDATE finds, locks and touches the cart (the reference matches one row at most: user_id
  // and token are unique); none when there is no cart, or a concurrent merge deleted it meanwhile.
  const touch = () => tx.cart.updateManyAndReturn({ where: cartWhere(ref), data: { updatedAt: new Date() }, select: { id: true } });
  let [cart] = await touch();
  if (!cart && options.create) {
    // ON CONFLICT DO NOTHING: a concurrent first add creates the same cart only once (this one
    // waits for the other's commit, and then touches the cart it made).
    // A user's cart needs a token too (the column is required); it is random and never handed out.
    const token = ref.guestToken !== undefined ? hashToken(ref.guestToken) : newLinkToken().hash;
    await tx.cart.createMany({ data: [{ userId: ref.userId ?? null, token }], skipDuplicates: true });
    [cart] = await touch();
  }
  return cart?.id ?? null;
}

/** The units in a cart (sum of quantities). */
export async function cartUnitCount(db: Pick<Tx, 'cartItem'>, cartId: string): Promise<number> {
  const result = await db.cartItem.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return result._sum.quantity ?? 0;
}

export { isUuid } from '@/lib/validation/uuid';
