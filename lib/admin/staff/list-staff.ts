import 'server-only';
import { prisma } from '@/lib/db';
import { staffStatus } from './staff-status';

/** A shop's staff is a few dozen people at most; the list stops here to stay fast whatever happens. */
const LIMIT = 500;

/**
 * The owner(s), staff members and people invited to the staff, with their stores and status.
 * Owners first, then by name.
 */
export async function listStaff(now = new Date()) {
  const users = await prisma.user.findMany({
    where: {
      OR: [{ role: { in: ['STAFF', 'OWNER'] } }, { staffInvitations: { some: { acceptedAt: null, revokedAt: null } } }],
    },
    orderBy: [{ role: 'desc' }, { name: 'asc' }, { email: 'asc' }],
    take: LIMIT,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      passwordHash: true,
      lastSeenAt: true,
      storeAssignments: { select: { store: { select: { id: true, name: true, position: true } } } },
      staffInvitations: { orderBy: { createdAt: 'desc' }, take: 1, select: { acceptedAt: true, revokedAt: true, expiresAt: true } },
    },
  });
  return users.map(({ staffInvitations, storeAssignments, passwordHash, ...user }) => {
    const invitation = staffInvitations[0] ?? null;
    return {
      ...user,
      stores: storeAssignments.map((row) => row.store).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name)),
      invitation,
      status: staffStatus({ ...user, hasPassword: passwordHash !== null, invitation }, now),
    };
  });
}

export type StaffRow = Awaited<ReturnType<typeof listStaff>>[number];
