import type { Tx } from '@/lib/inventory/tx';

/**
 * A line the store cannot sell: fewer units free on its shelf than the sale asks for. `heldFor`
 * lists the online orders holding units of it here, so staff can tell the customer why the one
 * on the shelf is not for sale.
 */
export class CounterStockError extends Error {
  constructor(
    readonly variantId: string,
    readonly productName: string,
    readonly available: number,
    readonly heldFor: number[],
  ) {
    super(`Not enough of ${productName} free at the store`);
  }

  static async explain(tx: Tx, storeId: string, variantId: string): Promise<CounterStockError> {
    const [variant, level, holds] = await Promise.all([
      tx.productVariant.findUnique({ where: { id: variantId }, select: { sku: true, product: { select: { nameFi: true } } } }),
      tx.stockLevel.findUnique({ where: { variantId_storeId: { variantId, storeId } }, select: { onHand: true, reserved: true } }),
      tx.reservation.findMany({
        where: { variantId, storeId, status: 'ACTIVE' },
        orderBy: { createdAt: 'asc' },
        take: 10,
        select: { order: { select: { number: true } } },
      }),
    ]);
    const available = level ? Math.max(0, level.onHand - level.reserved) : 0;
    return new CounterStockError(variantId, variant?.product.nameFi ?? variant?.sku ?? variantId, available, holds.map((hold) => hold.order.number));
  }
}
