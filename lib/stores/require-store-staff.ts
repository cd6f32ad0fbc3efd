import 'server-only';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/auth/require';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';

export type StaffStore = {
  id: string;
  slug: string;
  name: string;
  kind: 'STORE' | 'WAREHOUSE';
  street: string | null;
  postalCode: string | null;
  city: string | null;
  pickupEnabled: boolean;
  returnsEnabled: boolean;
  pickupDeadlineDays: number;
};

const storeFields = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  street: true,
  postalCode: true,
  city: true,
  pickupEnabled: true,
  returnsEnabled: true,
  pickupDeadlineDays: true,
} as const;

/**
 * The store of a /store/[storeSlug] page or action, for a member of its staff (or the owner).
 * An unknown store is a 404; another store's staff and customers get a 403; anonymous visitors
 * are sent to sign in.
 */
export async function requireStoreStaff(where: { slug: string } | { id: string }, returnTo?: string): Promise<{ user: SessionUser; store: StaffStore }> {
  const store = await prisma.store.findUnique({ where, select: storeFields });
  if (!store) {
    await requireStaff(undefined, returnTo); // strangers learn nothing, not even that it is unknown
    notFound();
  }
  const user = await requireStaff(store.id, returnTo);
  return { user, store };
}
