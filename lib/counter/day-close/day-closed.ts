import 'server-only';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';
import { businessDate, dateColumn } from './business-date';

/**
 * Refuses money at a counter whose day is closed (VALIDATION, storeCounter.errors.dayClosed):
 * a sale, a pickup paid or a refund given after the close would not be in it. Takes the day's
 * lock, so a close and a sale never pass each other: the close waits for the sale or the sale
 * finds the day closed.
 */
export async function assertCounterDayOpen(tx: Tx, storeId: string, now: Date): Promise<void> {
  const date = businessDate(now);
  await lockStoreDay(tx, storeId, date, 'shared');
  const closed = await tx.storeDayClose.findFirst({ where: { storeId, businessDate: dateColumn(date), entry: 0 }, select: { id: true } });
  if (closed) throw new AppError('VALIDATION', 'storeCounter.errors.dayClosed');
}

/** The day's lock: sales take it shared (side by side), the close exclusively. */
export async function lockStoreDay(tx: Tx, storeId: string, date: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const key = `store-day:${storeId}:${date}`;
  if (mode === 'shared') await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtextextended(${key}, 0))`;
  else await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
