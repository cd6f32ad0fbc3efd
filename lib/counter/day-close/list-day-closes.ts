import 'server-only';
import { prisma } from '@/lib/db';
import { dateColumn } from './business-date';

/** A store's close and corrections of one day, in order, with who made each. */
export function listDayCloses(storeId: string, date: string) {
  return prisma.storeDayClose.findMany({
    where: { storeId, businessDate: dateColumn(date) },
    orderBy: { entry: 'asc' },
    select: {
      id: true,
      entry: true,
      expectedCashCents: true,
      countedCashCents: true,
      expectedCardCents: true,
      terminalCardCents: true,
      reason: true,
      createdAt: true,
      closedBy: { select: { name: true, email: true } },
    },
  });
}
