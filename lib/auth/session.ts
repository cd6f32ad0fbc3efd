import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { prisma } from '@/lib/db';
import { authOptions } from './options';

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: 'CUSTOMER' | 'STAFF' | 'OWNER';
  locale: 'fi' | 'en';
};

/**
 * The signed-in user, read afresh from the database (once per request): a role changed or an
 * account deactivated since the session cookie was issued takes effect at once, and so does a
 * password change or reset, which raises the account's session version: a session signed in
 * with an older version has ended (the same query reads it).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, locale: true, active: true, sessionVersion: true },
  });
  if (!user || !user.active) return null;
  if ((session.user.sv ?? 0) !== user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
});
