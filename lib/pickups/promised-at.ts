import { TRANSFER_WORKING_DAYS } from '@/lib/checkout/plan-sources';

export type PromiseInput = {
  placedAt: Date;
  preparationMinutes: number;
  /** The order's ship-to-store transfers (none for goods already in the store). */
  transfers: readonly { status: string; receivedAt: Date | null }[];
};

const DAY_MS = 86_400_000;

/**
 * When the shop promised the order would be ready, for sorting the queue: placed + the store's
 * preparation time; goods coming from elsewhere: when the last transfer arrived (+ preparation),
 * or while still on the way, the latest day the shopper was told (placed + max transfer days).
 */
export function promisedAt({ placedAt, preparationMinutes, transfers }: PromiseInput): Date {
  const live = transfers.filter((transfer) => transfer.status !== 'CANCELLED');
  if (live.length === 0) return new Date(placedAt.getTime() + preparationMinutes * 60_000);
  if (live.some((transfer) => !transfer.receivedAt)) return new Date(placedAt.getTime() + TRANSFER_WORKING_DAYS.max * DAY_MS);
  const arrived = Math.max(...live.map((transfer) => transfer.receivedAt!.getTime()));
  return new Date(arrived + preparationMinutes * 60_000);
}

/** Goods for the order are still on their way to the store. */
export function transferInTransit(transfers: readonly { status: string }[]): boolean {
  return transfers.some((transfer) => transfer.status === 'REQUESTED' || transfer.status === 'IN_TRANSIT');
}
