import 'server-only';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/validation/uuid';
import { staffStatus } from './staff-status';

/**
 * One staff member (or owner, or invited person) for their page: stores, invitations and status.
 * null for an unknown id and for customers never invited (they belong to the customer pages).
 */
export async function getStaffMember(userId: string, now = new Date()) {
  if (!isUuid(userId)) return null;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      canOverridePrices: true,
      passwordHash: true,
      locale: true,
      createdAt: true,
      lastSeenAt: true,
      storeAssignments: { select: { storeId: true } },
      staffInvitations: {
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { createdAt: true, acceptedAt: true, revokedAt: true, expiresAt: true, invitedBy: { select: { name: true, email: true } } },
      },
    },
  });
  if (!user) return null;
  const { staffInvitations, storeAssignments, passwordHash, ...rest } = user;
  const invitation = staffInvitations[0] ?? null;
  if (user.role === 'CUSTOMER' && (!invitation || invitation.acceptedAt || invitation.revokedAt)) return null;
  return {
    ...rest,
    storeIds: storeAssignments.map((row) => row.storeId),
    invitation,
    status: staffStatus({ ...rest, hasPassword: passwordHash !== null, invitation }, now),
  };
}

export type StaffMember = NonNullable<Awaited<ReturnType<typeof getStaffMember>>>;
