'use client';

import { useState } from 'react';
import type { CounterItem } from '@/lib/counter/counter-item';
import type { CounterCustomer } from '@/lib/counter/find-counter-customer';
import { addItem, saleTotalCents, setOverride, setQuantity, type SaleLine } from './sale-state';

/**
 * What staff put together at the counter before sending it: the lines, the customer, what to
 * search for, and the key made when it was started (the server makes one sale or order per key,
 * however often "pay" is pressed). `reset` starts the next one with a new key.
 */
export function useBasket() {
  const [tillKey, setTillKey] = useState(() => crypto.randomUUID());
  const [lines, setLines] = useState<SaleLine[]>([]);
  const [customer, setCustomer] = useState<CounterCustomer | null>(null);
  const [searchFor, setSearchFor] = useState('');
  return {
    tillKey,
    lines,
    customer,
    setCustomer,
    searchFor,
    setSearchFor,
    totalCents: saleTotalCents(lines),
    add: (item: CounterItem) => setLines((current) => addItem(current, item)),
    changeQuantity: (variantId: string, quantity: number) => setLines((current) => setQuantity(current, variantId, quantity)),
    changePrice: (variantId: string, override: SaleLine['override']) => setLines((current) => setOverride(current, variantId, override)),
    /** What the server needs of the lines: what and how many (prices never come from here). */
    requestLines: () => lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
    /** The prices changed at the till, each with its reason. */
    requestPriceOverrides: () => lines.flatMap((line) => (line.override ? [{ variantId: line.variantId, ...line.override }] : [])),
    reset() {
      setTillKey(crypto.randomUUID());
      setLines([]);
      setCustomer(null);
      setSearchFor('');
    },
  };
}
