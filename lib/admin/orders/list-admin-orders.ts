import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { helsinkiDayEnd, helsinkiDayStart } from '@/lib/admin/helsinki-day';
import { ORDERS_PER_PAGE, type OrderListQuery } from './order-list-query';

export type AdminOrderRow = Awaited<ReturnType<typeof listAdminOrders>>['items'][number];

const ORDER_BY: Record<OrderListQuery['sort'], Prisma.OrderOrderByWithRelationInput[]> = {
  placed_desc: [{ placedAt: 'desc' }, { number: 'desc' }],
  placed_asc: [{ placedAt: 'asc' }, { number: 'asc' }],
  total_desc: [{ totalCents: 'desc' }, { number: 'desc' }],
  total_asc: [{ totalCents: 'asc' }, { number: 'asc' }],
};

/**
 * One page of the owner's order list, filtered and sorted in SQL (each filter has an index; the
 * search uses trigram indexes on name and e-mail). Owner only: the caller has checked.
 */
export async function listAdminOrders(query: OrderListQuery) {
  const where = orderListWhere(query);
  const [items, total] = await Promise.all([
    prisma.order.findMany({
      where,
      orderBy: ORDER_BY[query.sort],
      skip: (query.page - 1) * ORDERS_PER_PAGE,
      take: ORDERS_PER_PAGE,
      select: {
        id: true,
        number: true,
        placedAt: true,
        name: true,
        email: true,
        customerId: true,
        channel: true,
        fulfilment: true,
        status: true,
        returnStatus: true,
        totalCents: true,
        currency: true,
        pickupStore: { select: { name: true } },
      },
    }),
    prisma.order.count({ where }),
  ]);
  return { items, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / ORDERS_PER_PAGE)) };
}

export function orderListWhere(query: OrderListQuery): Prisma.OrderWhereInput {
  const where: Prisma.OrderWhereInput = {};
  if (query.status) where.status = query.status;
  if (query.returnStatus) where.returnStatus = query.returnStatus;
  if (query.channel) where.channel = query.channel;
  if (query.fulfilment) where.fulfilment = query.fulfilment;
  if (query.storeId) where.pickupStoreId = query.storeId;
  const from = query.from ? helsinkiDayStart(query.from) : null;
  const to = query.to ? helsinkiDayEnd(query.to) : null;
  if (from || to) where.placedAt = { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) };
  const q = query.q?.trim();
  if (q) {
    const text: Prisma.OrderWhereInput[] = [
      { email: { contains: q, mode: 'insensitive' } },
      { name: { contains: q, mode: 'insensitive' } },
    ];
    const number = /^#?(\d{1,9})$/.exec(q);
    where.OR = number ? [{ number: Number(number[1]) }, ...text] : text;
  }
  return where;
}
