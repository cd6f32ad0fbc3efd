import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { readCustomerActivity } from './read-customer-activity';
import { readCustomerInterests } from './read-customer-interests';

/** The newest notes for staff the card shows; the owner's page has them all. */
export const CARD_NOTES = 10;

export type CustomerCard = NonNullable<Awaited<ReturnType<typeof loadCustomerCard>>>;

export type LoadCustomerCardOptions = {
  customerId: string;
  /** The staff member (or owner) at the counter; callers have checked they work at the store. */
  viewer: { id: string };
  storeId: string;
  locale: AppLocale;
};

/**
 * The customer's card at the counter: who they are, their recent orders in every channel, open
 * pickups and returns, interests and the owner's notes meant for staff (never the other notes).
 * Reading it is recorded in the audit log in the same transaction, so every card staff saw has
 * its entry. Null for an unknown or deactivated (erased) account.
 */
export async function loadCustomerCard(options: LoadCustomerCardOptions) {
  return prisma.$transaction(async (tx) => {
    const customer = await tx.user.findFirst({
      where: { id: options.customerId, active: true },
      select: { id: true, name: true, email: true, phone: true, createdAt: true },
    });
    if (!customer) return null;
    const [activity, interests, notes] = await Promise.all([
      readCustomerActivity(tx, customer, options.storeId),
      readCustomerInterests(tx, customer, options.locale),
      tx.customerNote.findMany({
        where: { userId: customer.id, forStaff: true },
        orderBy: { createdAt: 'desc' },
        take: CARD_NOTES,
        select: { id: true, text: true, createdAt: true },
      }),
    ]);
    await recordAudit(tx, {
      actorId: options.viewer.id,
      action: 'customer.card_viewed',
      entityType: 'user',
      entityId: customer.id,
      data: { storeId: options.storeId },
    });
    return { customer, ...activity, interests, notes };
  });
}
