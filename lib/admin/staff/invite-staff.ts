import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { newLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { deliverOutboxMessage, queueEmail } from '@/lib/email/outbox';
import { staffInvitationEmail } from '@/lib/email/templates/staff-invitation';
import { appUrl } from '@/lib/email/translator';
import { AppError } from '@/lib/errors';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { INVITATION_MS } from './invitation-lifetime';
import type { InviteStaffInput } from './staff-schemas';

const E = (key: string) => `adminStores.staff.errors.${key}`;

/**
 * Invites a person to the staff by e-mail, with a one-time link (7 days) to set a password.
 *
 * - A new address gets an account at once, with the STAFF role and no password: until they set
 *   one through the link they cannot sign in with a password.
 * - An existing customer keeps the CUSTOMER role until they accept (the owner cannot make
 *   someone staff without their knowing); accepting makes them STAFF, audited as 'user.role_changed'.
 * - An existing staff member gets a new link (e.g. the first was lost); older links stop working.
 * - Owners and deactivated accounts are refused (VALIDATION on `email`); reactivate first.
 *
 * The chosen stores are assigned at once (they are only used once the person is STAFF), audited
 * as 'user.invited' (and 'staff.assigned' for the stores added). The e-mail is queued in the same
 * transaction and delivered after it.
 */
export async function inviteStaff(input: InviteStaffInput, actor: SessionUser, now = new Date()): Promise<{ userId: string }> {
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + INVITATION_MS);
  const { userId, messageId } = await prisma.$transaction(async (tx) => {
    const stores = await tx.store.findMany({ where: { id: { in: input.storeIds } }, select: { id: true, name: true } });
    if (stores.length !== input.storeIds.length) throw new AppError('VALIDATION', E('storeInvalid'), 'storeIds');

    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, role: true, active: true, name: true, locale: true } });
    if (existing?.role === 'OWNER') throw new AppError('VALIDATION', E('isOwner'), 'email');
    if (existing && !existing.active) throw new AppError('VALIDATION', E('deactivated'), 'email');
    const user =
      existing ??
      (await tx.user.create({
        data: { email: input.email, name: input.name, role: 'STAFF', locale: input.locale },
        select: { id: true, role: true, active: true, name: true, locale: true },
      }));

    await tx.staffInvitation.updateMany({ where: { userId: user.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.staffInvitation.create({ data: { userId: user.id, invitedById: actor.id, tokenHash: hash, expiresAt } });

    const current = await tx.staffAssignment.findMany({ where: { userId: user.id }, select: { storeId: true } });
    const added = stores.filter((store) => !current.some((row) => row.storeId === store.id));
    await tx.staffAssignment.createMany({ data: added.map((store) => ({ userId: user.id, storeId: store.id })), skipDuplicates: true });

    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.invited',
      entityType: 'user',
      entityId: user.id,
      data: { email: input.email, role: user.role, newAccount: !existing, stores: stores.map((store) => store.name), expiresAt: expiresAt.toISOString() },
    });
    if (added.length > 0) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'staff.assigned',
        entityType: 'user',
        entityId: user.id,
        data: { added: added.map((store) => store.name), removed: [] },
      });
    }

    // The e-mail is in the language the owner chose (also the new account's language).
    const locale = input.locale;
    const message = await staffInvitationEmail({
      to: input.email,
      name: existing?.name ?? input.name,
      inviterName: actor.name ?? actor.email,
      shopName: (await getShopSettings(tx)).shopName,
      url: appUrl(`/invitation?token=${token}`, locale),
      stores: stores.map((store) => store.name),
      expiresAt,
      locale,
    });
    return { userId: user.id, messageId: await queueEmail(message, tx) };
  });
  await deliverOutboxMessage(messageId);
  return { userId };
}
