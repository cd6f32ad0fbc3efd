// Where returns are received: stores with returns switched on take them at the desk, and the
// warehouse always does (returns sent by mail arrive there). Shoppers choose among the former.

type StoreReturns = { kind: 'STORE' | 'WAREHOUSE'; returnsEnabled: boolean };

export function receivesReturns(store: StoreReturns): boolean {
  return store.returnsEnabled || store.kind === 'WAREHOUSE';
}

/** The stores a shopper may bring a return to (a Prisma `where`). */
export const RETURN_DROP_OFF_STORES = { kind: 'STORE', returnsEnabled: true } as const;
