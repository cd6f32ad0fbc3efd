import 'server-only';
import { prisma } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';

/** The stores a staff member works in; the owner sees every store. */
export function listStaffStores(user: SessionUser) {
  return prisma.store.findMany({
    where: user.role === 'OWNER' ? {} : { staff: { some: { userId: user.id } } },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    include: { openingHours: { orderBy: { weekday: 'asc' } } },
  });
}
