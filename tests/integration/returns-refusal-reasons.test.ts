// Why a return is refused, told truly: an unpaid order, a cancelled one, one not yet picked up or
// received, one whose window has ended, one already returned in full each get their own message,
// in Finnish and in English, on the shopper's side (the form and the request) and at the desk.
// Only an ended window can be overridden by the owner; no one can take back an unpaid order.
import '../support/test-database';
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { RequestReturnView } from '@/components/returns/request-return-view';
import { loadMessages } from '@/i18n/messages';
import { prisma } from '@/lib/db';
import { receiveReturn } from '@/lib/returns/receive-return';
import { requestReturn } from '@/lib/returns/request-return';
import { getRequestReturnOptions } from '@/lib/returns/request-return-options';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { createOwner } from './returns-desk-fixtures';
import { createOrder, createReturn, daysAgo, refusal, returnRows } from './returns-request-fixtures';

vi.mock('@/i18n/navigation', async () => {
  const react = await import('react');
  return { Link: (props: Record<string, unknown>) => react.createElement('a', props) };
});
vi.mock('@/lib/actions/request-return', () => ({ requestReturnAction: async () => ({ status: 'idle' }) }));

const Provider = NextIntlClientProvider as unknown as ComponentType<{ locale: string; messages: unknown; timeZone: string; children?: ReactNode }>;

let storeId: string;
let customerId: string;

beforeAll(async () => {
  storeId = (await createStore()).id;
  customerId = (await createUser()).id;
});

/** An order of one line in the state a refusal is about. */
const CASES = {
  unpaidDelivery: () => createOrder({ customerId, fulfilment: 'DELIVERY', status: 'PENDING_PAYMENT', paidAt: null, lines: [{ quantity: 1 }] }),
  unpaidPayAtPickup: () => createOrder({ customerId, pickupStoreId: storeId, status: 'PAY_AT_PICKUP', paidAt: null, lines: [{ quantity: 1 }] }),
  cancelled: () => createOrder({ customerId, pickupStoreId: storeId, status: 'CANCELLED', lines: [{ quantity: 1 }] }),
  expired: () => createOrder({ customerId, fulfilment: 'DELIVERY', status: 'EXPIRED', paidAt: null, lines: [{ quantity: 1 }] }),
  notPickedUp: () => createOrder({ customerId, pickupStoreId: storeId, status: 'PAID', lines: [{ quantity: 1 }] }),
  windowEnded: () => createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1 }], fulfilledAt: daysAgo(45) }),
  allReturned: async () => {
    const created = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1 }] });
    await createReturn(created.order.id, 'REFUNDED', [{ orderLineId: created.lines[0].id, quantity: 1 }]);
    await prisma.order.update({ where: { id: created.order.id }, data: { returnStatus: 'RETURNED' } });
    return created;
  },
};

/** The reason's key, and words its message must say to the shopper and at the desk. */
const EXPECTED = [
  { state: 'unpaidDelivery', key: 'unpaid', shopper: ['Tilausta ei ole maksettu', 'This order has not been paid for'], desk: ['Tilausta ei ole maksettu', 'This order has not been paid for'] },
  { state: 'unpaidPayAtPickup', key: 'unpaid', shopper: ['Tilausta ei ole maksettu', 'This order has not been paid for'], desk: ['Tilausta ei ole maksettu', 'This order has not been paid for'] },
  { state: 'cancelled', key: 'cancelled', shopper: ['Tilaus on peruttu', 'This order was cancelled'], desk: ['Tilaus on peruttu', 'This order was cancelled'] },
  { state: 'expired', key: 'cancelled', shopper: ['Tilaus on peruttu', 'This order was cancelled'], desk: ['Tilaus on peruttu', 'This order was cancelled'] },
  {
    state: 'notPickedUp',
    key: 'notReceived',
    shopper: ['Et ole vielä noutanut tai saanut tilausta', 'You have not picked up or received this order yet'],
    desk: ['Asiakas ei ole vielä noutanut tai saanut tilausta', 'The customer has not picked up or received this order yet'],
  },
  { state: 'windowEnded', key: 'outsideWindow', shopper: ['Palautusaika on päättynyt', 'The return period has ended'], desk: ['Palautusaika on päättynyt', 'The return window has ended'] },
  {
    state: 'allReturned',
    key: 'allReturned',
    shopper: ['Kaikki tämän tilauksen tuotteet on jo palautettu', 'Every item of this order has already been returned'],
    desk: ['Kaikki tämän tilauksen tuotteet on jo palautettu', 'Every item of this order has already been returned'],
  },
] as const;

/** Words of the "return items" page's explanation, in Finnish and English. */
const PAGE = {
  unpaid: ['Tilausta ei ole maksettu', 'This order has not been paid for'],
  cancelled: ['Tilaus on peruttu', 'This order was cancelled'],
  notReceived: ['kun olet noutanut tai saanut tilauksen', 'once you have picked up or received the order'],
  outsideWindow: ['Tämän tilauksen palautusaika päättyi', 'The return period of this order ended on'],
  allReturned: ['Kaikki tämän tilauksen tuotteet on jo palautettu', 'Every item of this order has already been returned'],
};

/** The text of a message key ('returns.errors.unpaid') in a language. */
async function text(locale: 'fi' | 'en', key: string): Promise<string> {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], await loadMessages(locale));
  if (typeof value !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return value;
}

describe.each(EXPECTED)('an order that is $state', ({ state, key, shopper, desk }) => {
  it('is refused on the shopper\'s side with its own reason, in Finnish and English, and nothing is saved', async () => {
    const { order, lines } = await CASES[state]();
    const request = { orderId: order.id, lines: [{ orderLineId: lines[0].id, quantity: 1 }], reason: 'WRONG_SIZE' as const, method: 'STORE' as const, storeId };
    const error = await refusal(requestReturn(request, { userId: customerId }));
    expect(error).toBe(`returns.errors.${key}`);
    expect(await text('fi', error)).toContain(shopper[0]);
    expect(await text('en', error)).toContain(shopper[1]);

    // The "return items" page gives the same reason instead of the form.
    const options = (await getRequestReturnOptions(order.number, { userId: customerId }))!;
    expect(options).toMatchObject({ canRequest: false, refusal: key });
    for (const [index, locale] of (['fi', 'en'] as const).entries()) {
      const page = renderToStaticMarkup(
        createElement(Provider, { locale, messages: await loadMessages(locale), timeZone: 'Europe/Helsinki' }, createElement(RequestReturnView, { options, token: null, orderHref: '/x' })),
      );
      expect(page).not.toContain('<form');
      expect(page).toContain(PAGE[key][index]);
    }
    expect(await returnRows(order.id)).toMatchObject({ returns: state === 'allReturned' ? 1 : 0 });
  });

  it('is refused at the desk with its own reason, in Finnish and English', async () => {
    const { order, lines } = await CASES[state]();
    const owner = await createOwner();
    const input = { storeId, target: { orderId: order.id }, lines: [{ orderLineId: lines[0].id, quantity: 1, condition: 'RESALEABLE' as const, restock: true }] };
    const error = await refusal(receiveReturn(input, owner));
    expect(error).toBe(`storeReturns.errors.${key}`);
    expect(await text('fi', error)).toContain(desk[0]);
    expect(await text('en', error)).toContain(desk[1]);
    if (key !== 'outsideWindow') {
      // Only an ended window can be overridden: the owner's reason changes nothing here.
      expect(await refusal(receiveReturn({ ...input, override: { reason: 'Asiakas pyysi' } }, owner))).toBe(`storeReturns.errors.${key}`);
    }
    expect(await returnRows(order.id)).toMatchObject({ returns: state === 'allReturned' ? 1 : 0 });
  });
});
