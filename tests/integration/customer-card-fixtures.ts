// Set-up of the customer card tests: one customer's history written straight to the database
// (orders in every channel, pickups, returns, event registrations, notes) with known dates.
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { FulfilmentType, OrderChannel, OrderStatus, PickupStatus } from '@/lib/generated/prisma/enums';
import { createProduct } from '../support/factories/catalog';
import { createTag, tagContent } from '../support/factories/content';
import { createEvent } from '../support/factories/events';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';

type OrderOptions = {
  customer: { id: string | null; email: string };
  channel: OrderChannel;
  status: OrderStatus;
  placedAt: string;
  productIds?: string[];
  pickup?: { storeId: string; status: PickupStatus };
};

let sequence = 0;

/** An order of the customer, 10 € a line, with a pickup when asked. */
export async function customerOrder(options: OrderOptions) {
  sequence += 1;
  const products = options.productIds ?? [];
  const fulfilment: FulfilmentType = options.pickup ? 'PICKUP' : options.channel === 'WEB' ? 'DELIVERY' : 'PICKUP';
  const pickupStoreId = options.pickup?.storeId ?? (fulfilment === 'PICKUP' ? (await createStore()).id : null);
  const total = products.length * 1000;
  return prisma.order.create({
    data: {
      channel: options.channel,
      fulfilment,
      status: options.status,
      customerId: options.customer.id,
      email: options.customer.email,
      name: 'Kaisa Kanta',
      pickupStoreId,
      subtotalCents: total,
      vatCents: 0,
      totalCents: total,
      placedAt: new Date(options.placedAt),
      lines: {
        create: products.map((productId, index) => ({
          productId,
          sku: `CARD-${sequence}-${index}`,
          name: 'Tuote',
          quantity: 1,
          unitPriceCents: 1000,
          vatRateBp: 2550,
          lineTotalCents: 1000,
          vatCents: 0,
        })),
      },
      pickup: options.pickup ? { create: { storeId: options.pickup.storeId, status: options.pickup.status } } : undefined,
    },
  });
}

/** A product with these tags. */
async function taggedProduct(tagIds: string[]) {
  const product = await createProduct();
  await prisma.productTag.createMany({ data: tagIds.map((tagId) => ({ productId: product.id, tagId })) });
  return product.id;
}

/** A registration of the customer's account for an event whose pages carry these tags. */
async function registration(user: { id: string; email: string }, tagIds: string[], status: 'CONFIRMED' | 'CANCELLED') {
  const event = await createEvent();
  for (const page of await prisma.content.findMany({ where: { eventId: event.id } })) await tagContent(page.id, tagIds);
  await prisma.eventRegistration.create({
    data: { eventId: event.id, userId: user.id, name: 'Kaisa Kanta', email: user.email, status, cancelTokenHash: createHash('sha256').update(crypto.randomUUID()).digest('hex') },
  });
}

/**
 * A customer seen in every channel, at the till's store (`here`) and another (`there`):
 *  - 7 orders of their own plus a guest order with their e-mail; the newest: kiosk, counter, guest;
 *  - open pickups: one READY at `there`, one PENDING at `here`; a pickup of an unpaid order is not open;
 *  - returns: one REQUESTED (open), one REFUNDED (settled);
 *  - interests: coffee (3 orders + 1 event), tea (2 events), books (1 order); a cancelled order's
 *    and a cancelled registration's tags do not count;
 *  - notes: one for staff, one for the owner only.
 * Someone else's order (with another e-mail) is there too, and must not show.
 */
export async function customerWithHistory() {
  const here = await createStore({ name: 'Kortin myymälä' });
  const there = await createStore({ name: 'Toinen myymälä' });
  const user = await createUser({ name: 'Kaisa Kanta', email: `kaisa-${crypto.randomUUID()}@example.com` });
  const me = { id: user.id, email: user.email };
  const key = crypto.randomUUID().slice(0, 8);
  const [coffee, tea, books, ignored] = await Promise.all(
    ['kahvi', 'tee', 'kirjat', 'ohitettu'].map((slug) => createTag({ slug: `${slug}-${key}`, nameFi: slug, nameEn: `${slug}-en` })),
  );
  const coffeeMug = await taggedProduct([coffee.id]);
  const coffeeBook = await taggedProduct([coffee.id, books.id]);
  const ignoredThing = await taggedProduct([ignored.id]);

  const web = await customerOrder({ customer: me, channel: 'WEB', status: 'FULFILLED', placedAt: '2026-01-05T10:00:00Z', productIds: [coffeeMug, coffeeMug] });
  const counter = await customerOrder({ customer: me, channel: 'STORE', status: 'FULFILLED', placedAt: '2026-09-01T10:00:00Z', productIds: [coffeeBook] });
  const kiosk = await customerOrder({ customer: me, channel: 'KIOSK', status: 'FULFILLED', placedAt: '2026-10-01T10:00:00Z', productIds: [coffeeMug] });
  await customerOrder({ customer: me, channel: 'WEB', status: 'CANCELLED', placedAt: '2026-04-05T10:00:00Z', productIds: [ignoredThing] });
  const readyThere = await customerOrder({ customer: me, channel: 'WEB', status: 'PAY_AT_PICKUP', placedAt: '2026-05-05T10:00:00Z', pickup: { storeId: there.id, status: 'READY_FOR_PICKUP' } });
  const pendingHere = await customerOrder({ customer: me, channel: 'WEB', status: 'PAID', placedAt: '2026-06-05T10:00:00Z', pickup: { storeId: here.id, status: 'PENDING' } });
  await customerOrder({ customer: me, channel: 'WEB', status: 'PENDING_PAYMENT', placedAt: '2026-07-05T10:00:00Z', pickup: { storeId: here.id, status: 'PENDING' } });
  const guest = await customerOrder({ customer: { id: null, email: user.email }, channel: 'WEB', status: 'PAID', placedAt: '2026-08-05T10:00:00Z' });
  const stranger = await customerOrder({ customer: { id: null, email: `other-${key}@example.com` }, channel: 'STORE', status: 'PAID', placedAt: '2026-09-05T10:00:00Z' });

  const openReturn = await prisma.return.create({ data: { orderId: counter.id, status: 'REQUESTED', requestedStoreId: here.id } });
  await prisma.return.create({ data: { orderId: kiosk.id, status: 'REFUNDED' } });

  await registration(me, [tea.id, coffee.id], 'CONFIRMED');
  await registration(me, [tea.id], 'CONFIRMED');
  await registration(me, [ignored.id], 'CANCELLED');

  const staffNote = await prisma.customerNote.create({ data: { userId: user.id, text: 'Toivoo kuitin sähköpostiin.', forStaff: true } });
  const ownerNote = await prisma.customerNote.create({ data: { userId: user.id, text: 'Reklamaatio käsittelyssä, älä kerro kassalla.' } });

  return { here, there, user, tags: { coffee, tea, books }, orders: { web, counter, kiosk, readyThere, pendingHere, guest, stranger }, openReturn, staffNote, ownerNote };
}
