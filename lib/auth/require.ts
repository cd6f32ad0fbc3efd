import 'server-only';
import { getLocale } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { redirect } from '@/i18n/navigation';
import { prisma } from '@/lib/db';
import { getSessionUser, type SessionUser } from './session';

// Every page, action and route handler that touches private data calls one of these.
// Anonymous visitors are sent to sign in (and back afterwards); the wrong role gets a 403 page.

export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const locale = await getLocale();
    const query = returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : '';
    return redirect({ href: `/signin${query}`, locale });
  }
  return user;
}

/** Staff of the given store (or of any store when none is given), or the owner. */
export async function requireStaff(storeId?: string, returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role === 'OWNER') return user;
  if (user.role !== 'STAFF') forbidden();
  if (storeId && !(await isAssignedToStore(user.id, storeId))) forbidden();
  return user;
}

export async function requireOwner(returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== 'OWNER') forbidden();
  return user;
}

async function isAssignedToStore(userId: string, storeId: string): Promise<boolean> {
  const row = await prisma.staffAssignment.findUnique({ where: { userId_storeId: { userId, storeId } } });
  return row !== null;
}
