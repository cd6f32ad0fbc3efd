import 'server-only';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { CUSTOMERS_PER_PAGE, type CustomerListQuery } from './customer-list-query';

export type AdminCustomerRow = {
  id: string;
  name: string | null;
  email: string;
  phone: string | null;
  active: boolean;
  lastSeenAt: Date | null;
  createdAt: Date;
  orders: number;
  /** Paid minus refunded (failed refunds do not count), over the customer's own orders. */
  spentCents: number;
  lastOrderAt: Date | null;
};

/**
 * One page of registered customers (role CUSTOMER), newest first, with their order count, money
 * spent and last order. Guest orders (no account) are not customers here; a customer's page
 * shows guest orders placed with their e-mail. Search: part of a name, e-mail or phone number
 * (trigram indexes). The figures are computed for the page's rows only. Owner only.
 */
export async function listAdminCustomers(query: CustomerListQuery): Promise<{ items: AdminCustomerRow[]; total: number; page: number; pageCount: number }> {
  const where = customerWhere(query.q);
  const offset = (query.page - 1) * CUSTOMERS_PER_PAGE;
  const [items, count] = await Promise.all([
    // The page's users first, then their figures: the aggregates run for 50 rows, not for the offset.
    prisma.$queryRaw<AdminCustomerRow[]>`
      WITH page AS (
        SELECT u.id, u.name, u.email, u.phone, u.active, u.last_seen_at, u.created_at
          FROM users u
         WHERE ${where}
         ORDER BY u.created_at DESC, u.id
         LIMIT ${CUSTOMERS_PER_PAGE} OFFSET ${offset}
      )
      SELECT u.id, u.name, u.email, u.phone, u.active, u.last_seen_at AS "lastSeenAt", u.created_at AS "createdAt",
             COALESCE(s.orders, 0)::int AS orders, COALESCE(s.spent, 0)::int AS "spentCents", s.last_order AS "lastOrderAt"
        FROM page u
        LEFT JOIN LATERAL (
          SELECT count(*) AS orders, max(o.placed_at) AS last_order,
                 sum((SELECT COALESCE(sum(p.amount_cents), 0) FROM payments p WHERE p.order_id = o.id AND p.status = 'SUCCEEDED')
                   - (SELECT COALESCE(sum(r.amount_cents), 0) FROM refunds r WHERE r.order_id = o.id AND r.status <> 'FAILED')) AS spent
            FROM orders o WHERE o.customer_id = u.id
        ) s ON true
       ORDER BY u.created_at DESC, u.id`,
    prisma.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM users u WHERE ${where}`,
  ]);
  const total = count[0]?.total ?? 0;
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / CUSTOMERS_PER_PAGE)) };
}

function customerWhere(q: string | undefined): Prisma.Sql {
  if (!q) return Prisma.sql`u.role = 'CUSTOMER'`;
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`u.role = 'CUSTOMER' AND (u.name ILIKE ${pattern} OR u.email ILIKE ${pattern} OR u.phone ILIKE ${pattern})`;
}
