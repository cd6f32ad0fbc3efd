// The returns desk finds a customer's orders from the code on their account page (scanned from
// their phone), counter sales included, and nobody else's; a forged code finds nothing.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memberCode } from '@/lib/counter/member-code';
import { sellAtCounter } from '@/lib/counter/sell-at-counter';
import { findDeskMatches } from '@/lib/returns/find-desk-matches';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { createStaff } from './handover-fixtures';
import '../support/test-database';

async function counterSale(storeId: string, sellerId: string, customerId: string, variantId: string) {
  return sellAtCounter(
    { storeId, tillKey: randomUUID(), lines: [{ variantId, quantity: 1 }], customerId, receiptEmail: null, payment: { method: 'CASH', givenCents: 10_000 }, locale: 'fi' },
    { id: sellerId },
  );
}

describe('the returns desk and the member code', () => {
  it("lists the customer's counter sales, not another customer's", async () => {
    const store = await createStore();
    const seller = await createStaff([store.id]);
    const variant = (await createProduct({ stock: { [store.id]: 5 } })).variants[0];
    const customer = await createUser({ email: `palauttaja-${randomUUID()}@example.com` });
    const other = await createUser({ email: `muu-${randomUUID()}@example.com` });
    const mine = await counterSale(store.id, seller.id, customer.id, variant.id);
    await counterSale(store.id, seller.id, other.id, variant.id);

    const matches = await findDeskMatches(memberCode(customer.id));
    expect(matches).toEqual([expect.objectContaining({ kind: 'order', number: mine.number })]);
    expect(await findDeskMatches(memberCode(customer.id).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toEqual([]);
  });
});
