import 'server-only';
import { rm } from 'node:fs/promises';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { outboxFile } from '@/lib/email/outbox-dir';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { customerOrdersWhere, customerRegistrationsWhere } from './customer-orders-where';

export const ERASED_NAME = 'Poistettu asiakas';

/**
 * Erases a customer's personal data (the GDPR right to erasure) while keeping the books: the
 * account is anonymised and deactivated (name, e-mail, phone, password and pending tokens gone;
 * a deactivated account's session is refused at once), and their orders and event registrations
 * lose name, e-mail, phone and address. Orders, lines, payments and refunds stay. The shop's
 * notes about them and every e-mail the shop wrote to them (outbox rows, and .eml files when
 * there is no SMTP server) are deleted. The owner confirms by typing the customer's e-mail address.
 * Only customers (not staff or the owner) can be erased; audited as 'customer.erased'.
 */
export async function eraseCustomer(input: { userId: string; confirmEmail: string }, actor: { id: string }): Promise<void> {
  const emails = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${input.userId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw new AppError('NOT_FOUND');
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { id: true, email: true, role: true } });
    if (user.role !== 'CUSTOMER') throw new AppError('VALIDATION', 'adminCustomers.errors.notCustomer');
    if (user.email.endsWith('@invalid')) throw new AppError('VALIDATION', 'adminCustomers.errors.alreadyErased');
    if (input.confirmEmail.trim().toLowerCase() !== user.email.toLowerCase()) {
      throw new AppError('VALIDATION', 'adminCustomers.errors.confirmMismatch', 'confirmEmail');
    }
    const erasedEmail = `erased-${user.id}@invalid`;
    const emails = await deleteEmailsTo(tx, user);
    const orders = await tx.order.updateMany({
      where: customerOrdersWhere(user),
      data: {
        customerId: user.id,
        name: ERASED_NAME,
        email: erasedEmail,
        phone: null,
        shippingStreet: null,
        shippingPostalCode: null,
        shippingCity: null,
        parcelLockerId: null,
        parcelLockerName: null,
        accessTokenHash: null,
      },
    });
    const registrations = await tx.eventRegistration.findMany({ where: customerRegistrationsWhere(user), select: { id: true } });
    for (const registration of registrations) {
      await tx.eventRegistration.update({ where: { id: registration.id }, data: { userId: user.id, name: ERASED_NAME, email: `erased-${registration.id}@invalid` } });
    }
    await tx.user.update({
      where: { id: user.id },
      data: { name: ERASED_NAME, email: erasedEmail, phone: null, passwordHash: null, emailVerified: null, active: false },
    });
    await Promise.all([
      tx.passwordResetToken.deleteMany({ where: { userId: user.id } }),
      tx.emailChangeRequest.deleteMany({ where: { userId: user.id } }),
      tx.verificationToken.deleteMany({ where: { identifier: user.email } }),
      tx.cart.deleteMany({ where: { userId: user.id } }),
      tx.customerNote.deleteMany({ where: { userId: user.id } }),
    ]);
    // The audit entry names the account by id only: the e-mail is personal data too.
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'customer.erased',
      entityType: 'user',
      entityId: user.id,
      data: { orders: orders.count, registrations: registrations.length, emails: emails.length },
    });
    return emails;
  });
  // After the commit: a file removed before a rollback could not come back.
  await Promise.all(emails.map((email) => rm(outboxFile(email), { force: true })));
}

/** Deletes the outbox's e-mails to the customer's addresses (the account's, their orders' and registrations'). */
async function deleteEmailsTo(tx: Prisma.TransactionClient, user: { id: string; email: string }) {
  const [orders, registrations] = await Promise.all([
    tx.order.findMany({ where: customerOrdersWhere(user), select: { email: true }, distinct: ['email'] }),
    tx.eventRegistration.findMany({ where: customerRegistrationsWhere(user), select: { email: true }, distinct: ['email'] }),
  ]);
  const addresses = [...new Set([user.email, ...orders.map((o) => o.email), ...registrations.map((r) => r.email)].map((a) => a.toLowerCase()))];
  const emails = await tx.outboxMessage.findMany({ where: { toEmail: { in: addresses, mode: 'insensitive' } }, select: { id: true, createdAt: true } });
  await tx.outboxMessage.deleteMany({ where: { id: { in: emails.map((e) => e.id) } } });
  return emails;
}
