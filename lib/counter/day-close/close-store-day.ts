import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/inventory/tx';
import { dateColumn } from './business-date';
import { lockStoreDay } from './day-closed';
import { loadDayFigures } from './day-figures';

export type CloseDayInput = {
  storeId: string;
  /** The business day, YYYY-MM-DD (Helsinki). */
  date: string;
  countedCashCents: number;
  terminalCardCents: number;
  reason: string | null;
};

export type DayCloseEntry = { id: string; entry: number; cashDifferenceCents: number; cardDifferenceCents: number };

/**
 * Closes a store's business day (entry 0): the day's figures as they stand, what staff counted in
 * the drawer and read from the card terminal, and the reason for any difference (required then).
 * A day closes once: a second close is refused (INVALID_STATE); once closed, the counter takes no
 * more money that day (assertCounterDayOpen). The day's lock makes the close wait for sales in
 * progress, so the figures it records are final.
 */
export async function closeStoreDay(input: CloseDayInput, actor: { id: string }): Promise<DayCloseEntry> {
  return prisma.$transaction(async (tx) => {
    await lockStoreDay(tx, input.storeId, input.date, 'exclusive');
    if (await entries(tx, input)) throw new AppError('INVALID_STATE', 'storeCounter.errors.dayAlreadyClosed');
    return saveEntry(tx, input, 0, actor, 'store_day.closed');
  });
}

/**
 * Corrects a closed day with a new entry (the close itself is never changed): the amounts as now
 * counted and why. Refused for a day that is not closed.
 */
export async function correctStoreDay(input: CloseDayInput, actor: { id: string }): Promise<DayCloseEntry> {
  if (!input.reason) throw new AppError('VALIDATION', 'storeCounter.errors.correctionReasonRequired', 'reason');
  return prisma.$transaction(async (tx) => {
    await lockStoreDay(tx, input.storeId, input.date, 'exclusive');
    const count = await entries(tx, input);
    if (count === 0) throw new AppError('INVALID_STATE', 'storeCounter.errors.dayNotClosed');
    return saveEntry(tx, input, count, actor, 'store_day.corrected');
  });
}

function entries(tx: Tx, input: CloseDayInput): Promise<number> {
  return tx.storeDayClose.count({ where: { storeId: input.storeId, businessDate: dateColumn(input.date) } });
}

async function saveEntry(tx: Tx, input: CloseDayInput, entry: number, actor: { id: string }, action: string): Promise<DayCloseEntry> {
  const figures = await loadDayFigures(tx, input.storeId, input.date);
  const cashDifferenceCents = input.countedCashCents - figures.expected.CASH;
  const cardDifferenceCents = input.terminalCardCents - figures.expected.CARD_TERMINAL;
  if ((cashDifferenceCents !== 0 || cardDifferenceCents !== 0) && !input.reason) {
    throw new AppError('VALIDATION', 'storeCounter.errors.differenceReasonRequired', 'reason');
  }
  const saved = await tx.storeDayClose.create({
    data: {
      storeId: input.storeId,
      businessDate: dateColumn(input.date),
      entry,
      expectedCashCents: figures.expected.CASH,
      countedCashCents: input.countedCashCents,
      expectedCardCents: figures.expected.CARD_TERMINAL,
      terminalCardCents: input.terminalCardCents,
      reason: input.reason,
      summary: figures as unknown as Prisma.InputJsonValue,
      closedById: actor.id,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action,
    entityType: 'store',
    entityId: input.storeId,
    data: { date: input.date, entry, cashDifferenceCents, cardDifferenceCents, reason: input.reason },
  });
  return { id: saved.id, entry, cashDifferenceCents, cardDifferenceCents };
}
