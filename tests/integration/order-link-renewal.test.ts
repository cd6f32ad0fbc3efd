// A guest's order link, asked for again through the order lookup, replaces the earlier ones: they
// stop opening the order's page and its returns (a forwarded or leaked link too), as the lookup
// page and the e-mail say. Every link works for ORDER_LINK_DAYS, then no more; later e-mails about
// the order carry the current link, or a new one once it has expired.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupOrderAction } from '@/lib/actions/lookup-order';
import { resendOrderConfirmation } from '@/lib/admin/orders/resend-order-confirmation';
import { placeOrder } from '@/lib/checkout/place-order';
import { prisma } from '@/lib/db';
import { getOrderForViewer } from '@/lib/orders/get-order-for-viewer';
import { ORDER_LINK_DAYS } from '@/lib/orders/order-link-token';
import { requestOrderLink } from '@/lib/orders/request-order-link';
import { getRequestReturnOptions } from '@/lib/returns/request-return-options';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { form, resetRequest } from '../support/request-stand-ins';

vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.60' }) }));
process.env.NEXTAUTH_URL = 'http://shop.test';

const DAY = 24 * 60 * 60 * 1000;
let storeId: string;
let sequence = 0;

beforeAll(async () => {
  storeId = (await createStore()).id;
});

beforeEach(resetRequest);

/** A guest's pay-at-pickup order; its link as given at checkout. */
async function guestOrder() {
  sequence += 1;
  const email = `linkki-${sequence}@example.com`;
  const product = await createProduct({ variants: [{ priceCents: 1500, stock: { [storeId]: 5 } }] });
  const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 1 }] });
  const placed = await placeOrder(checkoutInput(cartId, { storeId, payment: 'PAY_AT_PICKUP', locale: 'fi', contact: { email, name: 'Vieras', phone: null } }), actor);
  return { ...placed, email };
}

/** The link's secret in an e-mail of the outbox. */
async function emailedToken(outboxId: string): Promise<string> {
  const { text } = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: outboxId } });
  const url = text.match(/https?:\/\/\S+/g)!.find((candidate) => candidate.includes('/order/'))!;
  return new URL(url).searchParams.get('token')!;
}

/** Whether a link opens the order's page and its "return items" page. */
async function opens(number: number, token: string): Promise<{ page: boolean; returns: boolean }> {
  return {
    page: (await getOrderForViewer(number, { userId: null, token })) !== null,
    returns: (await getRequestReturnOptions(number, { userId: null, token })) !== null,
  };
}

const OPEN = { page: true, returns: true };
const CLOSED = { page: false, returns: false };

describe('asking for the link again', () => {
  it('gives a new link, and every earlier one stops working', async () => {
    const placed = await guestOrder();
    expect(await opens(placed.number, placed.accessToken)).toEqual(OPEN);

    const first = await emailedToken((await requestOrderLink({ email: placed.email, number: placed.number }, { ip: '192.0.2.61' }))!);
    expect(first).not.toBe(placed.accessToken);
    expect(await opens(placed.number, first)).toEqual(OPEN);
    expect(await opens(placed.number, placed.accessToken)).toEqual(CLOSED);

    const second = await emailedToken((await requestOrderLink({ email: placed.email, number: placed.number }, { ip: '192.0.2.61' }))!);
    expect(new Set([placed.accessToken, first, second]).size).toBe(3);
    expect(await opens(placed.number, second)).toEqual(OPEN);
    expect(await opens(placed.number, first)).toEqual(CLOSED);
    expect(await opens(placed.number, placed.accessToken)).toEqual(CLOSED);
  });

  it('says so on the lookup page and in the e-mail, with how long the link works', async () => {
    const placed = await guestOrder();
    const state = await lookupOrderAction({ status: 'idle' }, form({ email: placed.email, number: String(placed.number) }));
    expect(state).toMatchObject({ status: 'ok' });
    expect(state.message).toContain('Uusi linkki korvaa aiemmat, eivätkä ne enää toimi.');
    expect(state.message).toContain(`Linkki toimii ${ORDER_LINK_DAYS} päivää.`);

    const email = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'order.access-link', toEmail: placed.email } });
    expect(email.text).toContain('Linkki korvaa aiemmin lähettämämme linkit tähän tilaukseen, eivätkä ne enää toimi.');
    expect(email.text).toContain(`Tämä linkki toimii ${ORDER_LINK_DAYS} päivää`);
    expect(await opens(placed.number, await emailedToken(email.id))).toEqual(OPEN);
    expect(await opens(placed.number, placed.accessToken)).toEqual(CLOSED);
  });

  it('leaves later e-mails about the order with the current link', async () => {
    const placed = await guestOrder();
    const current = await emailedToken((await requestOrderLink({ email: placed.email, number: placed.number }, { ip: '192.0.2.62' }))!);
    const owner = await createUser({ role: 'OWNER' });
    const resent = await emailedToken(await resendOrderConfirmation(placed.orderId, { id: owner.id }));
    expect(resent).toBe(current);
    expect(await opens(placed.number, current)).toEqual(OPEN);
  });
});

describe('the link expiry', () => {
  it('is ORDER_LINK_DAYS from when the link was given; after it the link opens nothing', async () => {
    const before = Date.now();
    const placed = await guestOrder();
    const { accessLinkExpiresAt } = await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId }, select: { accessLinkExpiresAt: true } });
    expect(accessLinkExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + ORDER_LINK_DAYS * DAY);
    expect(accessLinkExpiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + ORDER_LINK_DAYS * DAY);

    await prisma.order.update({ where: { id: placed.orderId }, data: { accessLinkExpiresAt: new Date(Date.now() - 1000) } });
    expect(await opens(placed.number, placed.accessToken)).toEqual(CLOSED);

    // Asking again gives a working link for another ORDER_LINK_DAYS.
    const renewed = await emailedToken((await requestOrderLink({ email: placed.email, number: placed.number }, { ip: '192.0.2.63' }))!);
    expect(await opens(placed.number, renewed)).toEqual(OPEN);
  });

  it('does not leave an e-mail sent after it with a dead link', async () => {
    const placed = await guestOrder();
    await prisma.order.update({ where: { id: placed.orderId }, data: { accessLinkExpiresAt: new Date(Date.now() - 1000) } });
    const owner = await createUser({ role: 'OWNER' });
    const resent = await emailedToken(await resendOrderConfirmation(placed.orderId, { id: owner.id }));
    expect(resent).not.toBe(placed.accessToken);
    expect(await opens(placed.number, resent)).toEqual(OPEN);
  });
});
