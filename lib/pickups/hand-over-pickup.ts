import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { PickupStatus } from '@/lib/generated/prisma/enums';
import { assertCounterDayOpen } from '@/lib/counter/day-close/day-closed';
import { lockOrder } from '@/lib/inventory/lock-order';
import { settleOrderReservations } from '@/lib/inventory/settle-order-reservations';
import type { Tx } from '@/lib/inventory/tx';
import { activeTotalCents } from '@/lib/orders/order-balance';
import { queueReviewInvitation } from '@/lib/orders/queue-review-invitation';
import { PickupLockedError, WrongPickupCodeError } from './hand-over-errors';
import { queuePickupReceipt } from './hand-over-receipt';
import { pickupCodeHashes } from './pickup-code';

export const MAX_CODE_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

export type CounterPaymentMethod = 'CASH' | 'CARD_TERMINAL';

export type HandOverPickupInput = {
  storeId: string;
  orderNumber: number;
  code: string;
  /** Required for a pay-at-pickup order: how the customer paid at the counter. */
  paymentMethod?: CounterPaymentMethod;
};

export type HandedOver = { orderId: string; number: number; paymentId: string | null; emailId: string | null };

/** What one try at the counter came to; refusals are thrown by `handedOverOrThrow`. */
export type HandOverOutcome =
  | { kind: 'done'; handedOver: HandedOver }
  | { kind: 'not-found' }
  | { kind: 'not-ready'; status: PickupStatus }
  | { kind: 'locked'; until: Date }
  | { kind: 'wrong-code'; triesLeft: number }
  | { kind: 'method-required' };

type LockedPickup = { id: string; status: PickupStatus; code_hash: string | null; failed_attempts: number; locked_until: Date | null };

/**
 * Hands a READY pickup over at the counter of `storeId`, in one transaction with the order and
 * the pickup rows locked: the code must match (five wrong codes lock it for 15 minutes; the
 * count is kept even though the call fails), a pay-at-pickup order is paid (cash or card
 * terminal, the active total) and its held stock becomes a sale, the pickup is PICKED_UP (by
 * whom, when), the order FULFILLED, the timeline gets 'picked_up' and the receipt e-mail is
 * queued. Two staff pressing at once: one hand-over, the other gets INVALID_STATE.
 *
 * Refusals: NOT_FOUND (no such order at this store), INVALID_STATE (not ready, already handed
 * over, cancelled), PickupLockedError (LOCKED), WrongPickupCodeError and VALIDATION (payment
 * method missing).
 */
export async function handOverPickup(input: HandOverPickupInput, actor: { id: string }, now: Date = new Date()): Promise<HandedOver> {
  const outcome = await prisma.$transaction((tx) => handOverInTransaction(tx, input, actor, now), { maxWait: 10_000, timeout: 20_000 });
  return handedOverOrThrow(outcome);
}

/**
 * The refusals as errors. Thrown only after the transaction has committed, so that a wrong
 * code's count is kept.
 */
export function handedOverOrThrow(outcome: HandOverOutcome): HandedOver {
  switch (outcome.kind) {
    case 'done':
      return outcome.handedOver;
    case 'not-found':
      throw new AppError('NOT_FOUND');
    case 'not-ready':
      throw new AppError('INVALID_STATE', `pickup is ${outcome.status}`);
    case 'locked':
      throw new PickupLockedError(outcome.until);
    case 'wrong-code':
      throw new WrongPickupCodeError(outcome.triesLeft);
    case 'method-required':
      throw new AppError('VALIDATION', 'storeHandover.errors.paymentMethodRequired', 'paymentMethod');
  }
}

/**
 * The hand-over inside the caller's transaction (which may do more in it, e.g. sell add-ons).
 * Returns refusals instead of throwing them: the caller commits, then `handedOverOrThrow`.
 */
export async function handOverInTransaction(tx: Tx, input: HandOverPickupInput, actor: { id: string }, now: Date): Promise<HandOverOutcome> {
  const found = await tx.pickup.findFirst({
    where: { storeId: input.storeId, order: { number: input.orderNumber } },
    select: { id: true, orderId: true },
  });
  if (!found) return { kind: 'not-found' };
  // The order first, then the pickup: the same order as payments and cancellations take them.
  await lockOrder(tx, found.orderId);
  const [pickup] = await tx.$queryRaw<LockedPickup[]>`
    SELECT id, status, code_hash, failed_attempts, locked_until FROM pickups WHERE id = ${found.id}::uuid FOR UPDATE`;
  if (pickup.status !== 'READY_FOR_PICKUP') return { kind: 'not-ready', status: pickup.status };
  if (pickup.locked_until && pickup.locked_until > now) return { kind: 'locked', until: pickup.locked_until };

  const order = await tx.order.findUniqueOrThrow({
    where: { id: found.orderId },
    select: { id: true, number: true, status: true, totalCents: true, lines: { select: { lineTotalCents: true, cancelledAt: true } } },
  });
  if (order.status !== 'PAID' && order.status !== 'PAY_AT_PICKUP') return { kind: 'not-ready', status: pickup.status };
  const payAtCounter = order.status === 'PAY_AT_PICKUP';
  const amountCents = payAtCounter ? activeTotalCents(order) : 0;
  if (amountCents > 0 && !input.paymentMethod) return { kind: 'method-required' };

  if (!codeMatches(input.code, pickup.code_hash)) return countWrongCode(tx, pickup, now);
  // Money taken at a counter belongs to its day: not after the day's close.
  if (amountCents > 0) await assertCounterDayOpen(tx, input.storeId, now);

  let paymentId: string | null = null;
  if (amountCents > 0 && input.paymentMethod) {
    const payment = await tx.payment.create({
      data: { orderId: order.id, provider: input.paymentMethod, amountCents, status: 'SUCCEEDED', createdAt: now },
      select: { id: true },
    });
    paymentId = payment.id;
    await tx.orderEvent.create({
      data: { orderId: order.id, type: 'paid', actorId: actor.id, createdAt: now, data: { paymentId, provider: input.paymentMethod } },
    });
  }
  // The goods leave with the customer: whatever is still held becomes a sale (a card-paid
  // order's hold was converted when the payment came in, so nothing is left to do for it).
  await settleOrderReservations(tx, order.id, 'CONVERTED', 'picked up at the store');
  await tx.pickup.update({
    where: { id: pickup.id },
    data: { status: 'PICKED_UP', pickedUpAt: now, handedOverById: actor.id, failedAttempts: 0, lockedUntil: null },
  });
  await tx.order.update({
    where: { id: order.id },
    data: { status: 'FULFILLED', fulfilledAt: now, ...(payAtCounter ? { paidAt: now } : {}) },
  });
  await tx.orderEvent.create({
    data: {
      orderId: order.id,
      type: 'picked_up',
      actorId: actor.id,
      createdAt: now,
      data: { storeId: input.storeId, method: paymentId ? input.paymentMethod : 'PREPAID', paymentId },
    },
  });
  const emailId = await queuePickupReceipt(tx, order.id, now);
  // "How was it?" for a customer with an account; sent by the outbox's worker, not at once.
  await queueReviewInvitation(tx, order.id);
  return { kind: 'done', handedOver: { orderId: order.id, number: order.number, paymentId, emailId } };
}

async function countWrongCode(tx: Tx, pickup: LockedPickup, now: Date): Promise<HandOverOutcome> {
  const attempts = pickup.failed_attempts + 1;
  if (attempts >= MAX_CODE_ATTEMPTS) {
    const until = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await tx.pickup.update({ where: { id: pickup.id }, data: { failedAttempts: 0, lockedUntil: until } });
    return { kind: 'locked', until };
  }
  await tx.pickup.update({ where: { id: pickup.id }, data: { failedAttempts: attempts } });
  return { kind: 'wrong-code', triesLeft: MAX_CODE_ATTEMPTS - attempts };
}

function codeMatches(code: string, storedHash: string | null): boolean {
  if (!storedHash || code.trim() === '') return false;
  const stored = Buffer.from(storedHash, 'hex');
  return pickupCodeHashes(code).some((hash) => {
    const given = Buffer.from(hash, 'hex');
    return given.length === stored.length && timingSafeEqual(given, stored);
  });
}
