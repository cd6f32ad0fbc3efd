import 'server-only';
import { prisma } from '@/lib/db';
import { customerOrdersWhere, customerRegistrationsWhere } from './customer-orders-where';

/**
 * A customer's data as one JSON document (the GDPR right of access): profile, orders with
 * lines, payments and refunds, returns, event registrations and the shop's notes about them.
 * Secrets (password hash, link tokens) are left out. Owner only. null for an unknown id.
 */
export async function exportCustomerData(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, phone: true, role: true, locale: true, active: true, emailVerified: true, createdAt: true, updatedAt: true, lastSeenAt: true },
  });
  if (!user) return null;
  const ordersWhere = customerOrdersWhere(user);
  const [orders, returns, registrations, notes] = await Promise.all([
    prisma.order.findMany({
      where: ordersWhere,
      orderBy: { placedAt: 'asc' },
      select: {
        number: true,
        channel: true,
        fulfilment: true,
        status: true,
        returnStatus: true,
        email: true,
        name: true,
        phone: true,
        locale: true,
        shippingStreet: true,
        shippingPostalCode: true,
        shippingCity: true,
        shippingCountry: true,
        parcelLockerName: true,
        pickupStore: { select: { name: true } },
        subtotalCents: true,
        shippingCents: true,
        vatCents: true,
        totalCents: true,
        currency: true,
        placedAt: true,
        paidAt: true,
        fulfilledAt: true,
        cancelledAt: true,
        lines: { select: { sku: true, name: true, variantLabel: true, quantity: true, unitPriceCents: true, vatRateBp: true, lineTotalCents: true, cancelledAt: true } },
        payments: { select: { provider: true, status: true, amountCents: true, currency: true, createdAt: true } },
        refunds: { select: { amountCents: true, currency: true, status: true, reason: true, createdAt: true } },
      },
    }),
    prisma.return.findMany({
      where: { order: ordersWhere },
      orderBy: { createdAt: 'asc' },
      select: { number: true, status: true, method: true, reason: true, refundTotalCents: true, createdAt: true, receivedAt: true, order: { select: { number: true } }, lines: { select: { quantity: true, orderLine: { select: { sku: true, name: true } } } } },
    }),
    prisma.eventRegistration.findMany({
      where: customerRegistrationsWhere(user),
      orderBy: { createdAt: 'asc' },
      select: { name: true, email: true, seats: true, status: true, checkedInAt: true, cancelledAt: true, createdAt: true, event: { select: { startsAt: true, store: { select: { name: true } }, contents: { select: { locale: true, title: true } } } } },
    }),
    prisma.customerNote.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { text: true, createdAt: true } }),
  ]);
  return { exportedAt: new Date().toISOString(), profile: user, orders, returns, eventRegistrations: registrations, notes };
}
