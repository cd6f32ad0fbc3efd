import 'server-only';
import { returnToShelf } from '@/lib/inventory/return-to-shelf';
import type { Tx } from '@/lib/inventory/tx';

export type RestockPaidOrderInput = {
  orderId: string;
  pickupStoreId: string;
  reason: string;
  actorId: string | null;
};

type Place = { storeId: string; quantity: number };

/**
 * A paid pickup order is called off: its goods go back on the shelf where they are now. Paid
 * stock was sold (SALE) where it was held; goods held at the pickup store, or brought there by
 * a received transfer, are at the pickup store; goods of a transfer not yet received are still
 * at its source. Lines cancelled as missing were never found, so only the active lines' units
 * come back (the missing ones are taken off the pickup store's share first). Each is a RETURN
 * movement (+on hand). Runs in the caller's transaction with the order locked.
 */
export async function restockPaidOrder(tx: Tx, input: RestockPaidOrderInput): Promise<number> {
  const [sold, transfers, lines] = await Promise.all([
    tx.reservation.findMany({ where: { orderId: input.orderId, status: 'CONVERTED' }, select: { variantId: true, storeId: true, quantity: true } }),
    tx.stockTransfer.findMany({ where: { orderId: input.orderId, status: 'RECEIVED' }, select: { fromStoreId: true } }),
    tx.orderLine.findMany({ where: { orderId: input.orderId, cancelledAt: { not: null } }, select: { variantId: true, quantity: true } }),
  ]);
  const arrived = new Set(transfers.map((transfer) => transfer.fromStoreId));
  const places = new Map<string, Place[]>();
  for (const row of sold) {
    const storeId = row.storeId === input.pickupStoreId || arrived.has(row.storeId) ? input.pickupStoreId : row.storeId;
    const list = places.get(row.variantId) ?? [];
    const same = list.find((place) => place.storeId === storeId);
    if (same) same.quantity += row.quantity;
    else list.push({ storeId, quantity: row.quantity });
    places.set(row.variantId, list);
  }
  for (const line of lines) {
    if (!line.variantId) continue;
    let missing = line.quantity;
    const list = (places.get(line.variantId) ?? []).sort((a, b) => Number(b.storeId === input.pickupStoreId) - Number(a.storeId === input.pickupStoreId));
    for (const place of list) {
      const take = Math.min(missing, place.quantity);
      place.quantity -= take;
      missing -= take;
    }
  }
  const back = [...places].flatMap(([variantId, list]) => list.filter((p) => p.quantity > 0).map((p) => ({ variantId, ...p })));
  await returnToShelf(tx, back, { orderId: input.orderId, reason: input.reason, actorId: input.actorId });
  return back.reduce((sum, row) => sum + row.quantity, 0);
}
