// The "how was it?" e-mail (issue 16, item 4): queued with a pickup's handover and with a counter
// sale to a known customer, once per order, linking to the order page where the review forms are.
// A guest (no account, so no way to review) gets none.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sellAtCounter } from '@/lib/counter/sell-at-counter';
import { prisma } from '@/lib/db';
import { handOverPickup } from '@/lib/pickups/hand-over-pickup';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { CODE, createPickupOrder, createStaff } from './handover-fixtures';
import '../support/test-database';

const invitations = (orderId: string) => prisma.outboxMessage.findMany({ where: { kind: 'review.invitation', reference: orderId } });

describe('the review invitation', () => {
  it('is queued when a customer with an account picks up their order, to their account address', async () => {
    const customer = await createUser({ name: 'Aino Asiakas', email: `aino-${randomUUID()}@example.com` });
    const { storeId, order } = await createPickupOrder({ paid: true, customerId: customer.id });
    const staff = await createStaff([storeId]);

    const result = await handOverPickup({ storeId, orderNumber: order.number, code: CODE }, staff);
    expect(result).toMatchObject({ number: order.number });

    const [mail, ...more] = await invitations(order.id);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ toEmail: customer.email, subject: 'Miten ostoksesi onnistui?', status: 'PENDING' });
    expect(mail.text).toContain('Hei Aino Asiakas,');
    expect(mail.text).toContain(`(tilaus ${order.number})`);
    expect(mail.text).toContain(`- ${order.lines[0].name}`);
    expect(mail.text).toMatch(new RegExp(`https?://[^\\s]+/account/orders/${order.number}\\n`));
  });

  it('is not queued for a guest’s pickup', async () => {
    const { storeId, order } = await createPickupOrder({ paid: true });
    const staff = await createStaff([storeId]);
    await handOverPickup({ storeId, orderNumber: order.number, code: CODE }, staff);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } })).toEqual({ status: 'FULFILLED' });
    expect(await invitations(order.id)).toEqual([]);
  });

  it('is queued once for a counter sale to a known customer, in their language, and not for an anonymous sale', async () => {
    const store = await createStore();
    const seller = await createStaff([store.id]);
    const product = await createProduct({ nameFi: 'Kuksa', nameEn: 'Kuksa cup', variants: [{ priceCents: 2000, stock: { [store.id]: 5 } }] });
    const customer = await createUser({ name: 'Ella English', locale: 'en' });
    const tillKey = randomUUID();
    const input = {
      storeId: store.id,
      tillKey,
      lines: [{ variantId: product.variants[0].id, quantity: 1 }],
      customerId: customer.id,
      receiptEmail: null,
      payment: { method: 'CASH' as const, givenCents: 5000 },
      locale: 'en' as const,
    };
    const sold = await sellAtCounter(input, seller);
    // "Pay" pressed twice: the same sale, no second invitation.
    await sellAtCounter(input, seller);
    const sent = await invitations(sold.orderId);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ toEmail: customer.email, subject: 'How was your purchase?' });

    const anonymous = await sellAtCounter({ ...input, tillKey: randomUUID(), customerId: null }, seller);
    expect(await invitations(anonymous.orderId)).toEqual([]);
  });
});
