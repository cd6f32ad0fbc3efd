import { TRANSFER_WORKING_DAYS } from './plan-sources';

const DAY_MS = 86_400_000;

/**
 * Until when a confirmed pay-at-pickup order holds its stock: the store's pickup deadline, plus
 * the transfer's days (and a weekend) when goods come from elsewhere.
 */
export function pickupHoldUntil(from: Date, store: { pickupDeadlineDays: number }, transfer: boolean): Date {
  const transferDays = transfer ? TRANSFER_WORKING_DAYS.max + 2 : 0;
  return new Date(from.getTime() + (transferDays + store.pickupDeadlineDays) * DAY_MS);
}
