// Who may see an order, the confirmation e-mail, and the guests' order lookup.
import { beforeAll, describe, expect, it } from 'vitest';
import { placeOrder } from '@/lib/checkout/place-order';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { getOrderForViewer } from '@/lib/orders/get-order-for-viewer';
import { queueOrderConfirmation } from '@/lib/orders/queue-order-confirmation';
import { requestOrderLink } from '@/lib/orders/request-order-link';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart, enableCardPayments } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import '../support/test-database';

enableCardPayments();
process.env.NEXTAUTH_URL = 'http://shop.test';

let store: Awaited<ReturnType<typeof createStore>>;
beforeAll(async () => {
  store = await createStore({ name: 'Pihlajan Puoti Jyväskylä', street: 'Kauppakatu 21', postalCode: '40100', city: 'Jyväskylä', pickupDeadlineDays: 7 });
  await prisma.storeOpeningHours.createMany({
    data: [
      ...[1, 2, 3, 4, 5].map((weekday) => ({ storeId: store.id, weekday, opensAt: 600, closesAt: 1140 })),
      { storeId: store.id, weekday: 6, opensAt: 600, closesAt: 1020 },
    ],
  });
});

async function order(options: { userId?: string; payment?: 'CARD' | 'PAY_AT_PICKUP'; locale?: 'fi' | 'en'; email?: string } = {}) {
  const product = await createProduct({ nameFi: 'Kahvipannu', nameEn: 'Coffee pot', variants: [{ priceCents: 3490, stock: { [store.id]: 5 } }] });
  const { cartId, actor } = await createCart({ userId: options.userId, items: [{ variantId: product.variants[0].id, quantity: 1 }] });
  return placeOrder(
    checkoutInput(cartId, {
      storeId: store.id,
      payment: options.payment ?? 'PAY_AT_PICKUP',
      locale: options.locale ?? 'fi',
      contact: { email: options.email ?? 'vieras@example.com', name: 'Vieras', phone: null },
    }),
    actor,
  );
}

function linkToken(text: string): string {
  const url = text.match(/https?:\/\/\S+/g)!.find((u) => u.includes('/order/'))!;
  return new URL(url).searchParams.get('token')!;
}

describe('seeing an order', () => {
  it('its customer sees it; another signed-in user and anyone without the link get nothing, as for a missing order', async () => {
    const owner = await createUser();
    const other = await createUser();
    const placed = await order({ userId: owner.id });

    expect((await getOrderForViewer(placed.number, { userId: owner.id }))?.id).toBe(placed.orderId);
    expect(await getOrderForViewer(placed.number, { userId: other.id })).toBeNull();
    expect(await getOrderForViewer(placed.number, { userId: null })).toBeNull();
    expect(await getOrderForViewer(placed.number, { userId: other.id, token: 'guessed' })).toBeNull();
    expect(await getOrderForViewer(placed.number + 1000, { userId: owner.id })).toBeNull();
  });

  it('a guest sees it with the secret link only', async () => {
    const placed = await order();
    const seen = await getOrderForViewer(placed.number, { userId: null, token: placed.accessToken });
    expect(seen).toMatchObject({ number: placed.number, status: 'PAY_AT_PICKUP', totalCents: 3490, pickupStore: { name: 'Pihlajan Puoti Jyväskylä' } });
    expect(seen!.lines.map((line) => line.name)).toEqual(['Kahvipannu']);
    expect(seen!.vatBreakdown).toEqual([{ rateBp: 2550, grossCents: 3490, vatCents: 709, netCents: 2781 }]);
    expect(await getOrderForViewer(placed.number, { userId: null, token: `${placed.accessToken}x` })).toBeNull();
    expect(await getOrderForViewer(placed.number, { userId: null, checkoutSessionId: 'cs_test_not_ours' })).toBeNull();
  });
});

describe('the confirmation e-mail', () => {
  it('is in the order’s language, with lines, VAT, the pickup store’s address and hours, and a link that opens the order', async () => {
    const placed = await order({ locale: 'en', email: 'guest@example.com' });
    const [email] = await prisma.outboxMessage.findMany({ where: { reference: placed.orderId } });

    expect(email.subject).toBe(`Order confirmation ${placed.number}`);
    expect(email.toEmail).toBe('guest@example.com');
    expect(email.text).toContain('1 × Coffee pot: €34.90');
    expect(email.text).toContain('VAT 25.5%: €7.09 (excl. VAT €27.81)');
    expect(email.text).toContain('Kauppakatu 21, 40100 Jyväskylä');
    expect(email.text).toContain('Opening hours: Mon–Fri 10:00–19:00, Sat 10:00–17:00');
    expect(email.text).toContain('We will e-mail you when your order is ready for pickup.');
    expect(email.text).toContain('You pay for the order in the store when you pick it up.');
    const token = linkToken(email.text);
    expect(email.text).toContain(`http://shop.test/en/order/${placed.number}?token=`);
    expect((await getOrderForViewer(placed.number, { userId: null, token }))?.id).toBe(placed.orderId);
  });

  it('is queued once per order however often it is asked for, and a card order’s e-mail link works', async () => {
    const placed = await order({ payment: 'CARD' });
    expect(await prisma.outboxMessage.count({ where: { reference: placed.orderId } })).toBe(0);

    const ids = await Promise.all([1, 2, 3].map(() => prisma.$transaction((tx) => queueOrderConfirmation(tx, placed.orderId))));
    expect(ids.filter(Boolean)).toHaveLength(1);
    expect(await prisma.$transaction((tx) => queueOrderConfirmation(tx, placed.orderId))).toBeNull();

    const emails = await prisma.outboxMessage.findMany({ where: { reference: placed.orderId } });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toBe(`Tilausvahvistus ${placed.number}`);
    expect(emails[0].text).toContain('Kahvipannu');
    expect((await getOrderForViewer(placed.number, { userId: null, token: linkToken(emails[0].text) }))?.id).toBe(placed.orderId);
  });
});

describe('a guest’s order lookup', () => {
  it('e-mails the order’s link to the order’s address when the address and number match, and nothing otherwise', async () => {
    const placed = await order({ email: 'Haku@Example.com' });
    const ip = '192.0.2.10';

    expect(await requestOrderLink({ email: 'someone@example.com', number: placed.number }, { ip })).toBeNull();
    expect(await requestOrderLink({ email: 'haku@example.com', number: placed.number + 1 }, { ip })).toBeNull();
    const id = await requestOrderLink({ email: 'haku@example.com', number: placed.number }, { ip });

    const email = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: id! } });
    expect(email).toMatchObject({ kind: 'order.access-link', toEmail: 'haku@example.com', subject: `Linkki tilaukseesi ${placed.number}` });
    const token = linkToken(email.text);
    expect((await getOrderForViewer(placed.number, { userId: null, token }))?.id).toBe(placed.orderId);
    // A new link: the one given at checkout no longer opens the order (order-link-renewal.test.ts).
    expect(token).not.toBe(placed.accessToken);
    expect(await getOrderForViewer(placed.number, { userId: null, token: placed.accessToken })).toBeNull();
    expect(await prisma.outboxMessage.count({ where: { kind: 'order.access-link', toEmail: 'someone@example.com' } })).toBe(0);
  });

  it('is rate limited per address and per IP, counting misses too', async () => {
    const placed = await order({ email: 'kiire@example.com' });
    for (let i = 0; i < 5; i += 1) await requestOrderLink({ email: 'kiire@example.com', number: 1 }, { ip: `198.51.100.${i}` });
    const limited = await requestOrderLink({ email: 'kiire@example.com', number: placed.number }, { ip: '198.51.100.99' }).catch((e: unknown) => e);
    expect(isAppError(limited, 'RATE_LIMITED')).toBe(true);
    expect(await prisma.outboxMessage.count({ where: { kind: 'order.access-link', toEmail: 'kiire@example.com' } })).toBe(0);

    for (let i = 0; i < 20; i += 1) await requestOrderLink({ email: `muu${i}@example.com`, number: 1 }, { ip: '203.0.113.7' });
    const byIp = await requestOrderLink({ email: 'uusi@example.com', number: 1 }, { ip: '203.0.113.7' }).catch((e: unknown) => e);
    expect(isAppError(byIp, 'RATE_LIMITED')).toBe(true);
  });
});
