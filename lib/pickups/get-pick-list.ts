import 'server-only';
import { prisma } from '@/lib/db';
import { pickupTabWhere } from './pickup-tabs';

export type PickListItem = {
  sku: string;
  name: string;
  variantLabel: string | null;
  quantity: number;
  orders: { number: number; quantity: number }[];
};

/**
 * The day's combined pick list of a store: every unpicked, not cancelled line of the orders to
 * pick and being picked, added up per SKU (with the orders they go to), in SKU order so that
 * the list reads like the shelves' labels.
 */
export async function getPickList(storeId: string, now: Date = new Date()): Promise<PickListItem[]> {
  const lines = await prisma.orderLine.findMany({
    where: {
      pickedAt: null,
      cancelledAt: null,
      order: { pickup: { OR: [pickupTabWhere('toPick', storeId, now), pickupTabWhere('picking', storeId, now)] } },
    },
    select: { sku: true, name: true, variantLabel: true, quantity: true, order: { select: { number: true } } },
  });
  const bySku = new Map<string, PickListItem>();
  for (const line of lines) {
    const item = bySku.get(line.sku) ?? { sku: line.sku, name: line.name, variantLabel: line.variantLabel, quantity: 0, orders: [] };
    item.quantity += line.quantity;
    const order = item.orders.find((o) => o.number === line.order.number);
    if (order) order.quantity += line.quantity;
    else item.orders.push({ number: line.order.number, quantity: line.quantity });
    bySku.set(line.sku, item);
  }
  const items = [...bySku.values()];
  for (const item of items) item.orders.sort((a, b) => a.number - b.number);
  return items.sort((a, b) => a.name.localeCompare(b.name, 'fi') || (a.variantLabel ?? '').localeCompare(b.variantLabel ?? '', 'fi') || a.sku.localeCompare(b.sku));
}
