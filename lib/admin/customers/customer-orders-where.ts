import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * A customer's orders: those placed signed in, and guest orders placed with the same e-mail
 * (a guest checkout by someone who also has an account is theirs too). E-mails are stored in
 * lower case (CHECK constraints), so plain equality finds them, by index.
 */
export function customerOrdersWhere(user: { id: string; email: string }): Prisma.OrderWhereInput {
  return { OR: [{ customerId: user.id }, { customerId: null, email: user.email }] };
}

/** A customer's event registrations: by account, or with their e-mail. */
export function customerRegistrationsWhere(user: { id: string; email: string }): Prisma.EventRegistrationWhereInput {
  return { OR: [{ userId: user.id }, { email: user.email }] };
}
