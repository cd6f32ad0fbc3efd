import 'server-only';
import { hashToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CartRef } from './types';

/** The id of the cart a reference points at and whether it has lines; null when there is none. */
export async function findOwnCart(cartRef: CartRef): Promise<{ id: string; empty: boolean } | null> {
  // As cartWhere() says, in one statement (Prisma reads the lines in a second one): a user's
  // cart, or a guest cart (never a user's) by the hash of its token.
  const owner =
    cartRef.guestToken !== undefined
      ? Prisma.sql`c.token = ${hashToken(cartRef.guestToken)} AND c.user_id IS NULL`
      : Prisma.sql`c.user_id = ${cartRef.userId}::uuid`;
  const [cart] = await prisma.$queryRaw<{ id: string; empty: boolean }[]>`
    SELECT c.id, NOT EXISTS (SELECT 1 FROM cart_items i WHERE i.cart_id = c.id) AS empty
      FROM carts c
     WHERE ${owner}
     LIMIT 1`;
  return cart ?? null;
}
