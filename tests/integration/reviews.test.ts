// Reviews (issue 16, item 4): only a verified buyer (a fulfilled order with the product, in any
// channel) may write one, once per product; the owner publishes, hides and replies; only
// published reviews count on the product page. Actions run with request stand-ins; the database is real.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { replyToReviewAction } from '@/lib/actions/admin-review-reply';
import { moderateReviewAction } from '@/lib/actions/admin-review-moderate';
import { writeReviewAction } from '@/lib/actions/write-review';
import { prisma } from '@/lib/db';
import type { OrderChannel, OrderStatus } from '@/lib/generated/prisma/enums';
import { getOrderReviewState } from '@/lib/reviews/get-order-review-state';
import { getProductReviews } from '@/lib/reviews/get-product-reviews';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { form, outcome, request, resetRequest } from '../support/request-stand-ins';
import '../support/test-database';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));

beforeEach(resetRequest);

/** An order of the product for the customer, in the given state (no stock involved: the rules only read orders). */
async function orderOf(customerId: string | null, productId: string, options: { status?: OrderStatus; channel?: OrderChannel } = {}) {
  const status = options.status ?? 'FULFILLED';
  // A counter sale is recorded as a pickup at the store where it was sold.
  const store = options.channel === 'STORE' ? await createStore() : null;
  return prisma.order.create({
    data: {
      channel: options.channel ?? 'WEB',
      fulfilment: options.channel === 'STORE' ? 'PICKUP' : 'DELIVERY',
      status,
      customerId,
      pickupStoreId: store?.id ?? null,
      email: 'buyer@example.com',
      name: 'Maija Meikäläinen',
      subtotalCents: 1290,
      vatCents: 262,
      totalCents: 1290,
      fulfilledAt: status === 'FULFILLED' ? new Date() : null,
      lines: {
        create: [{ productId, sku: 'SKU-1', name: 'Tuote', quantity: 1, unitPriceCents: 1290, vatRateBp: 2550, lineTotalCents: 1290, vatCents: 262 }],
      },
    },
  });
}

const review = (productId: string, rating = 5, text = 'Hyvä tuote!') => form({ productId, rating: String(rating), text });

describe('who may review', () => {
  it('sends a signed-out visitor to sign in', async () => {
    const product = await createProduct();
    expect(await outcome(() => writeReviewAction({ status: 'idle' }, review(product.id)))).toMatch(/^redirect \/signin/);
    expect(await prisma.review.count({ where: { productId: product.id } })).toBe(0);
  });

  it('refuses a customer who never bought the product, and shows them no form', async () => {
    const product = await createProduct();
    const other = await createProduct();
    const customer = await createUser();
    const order = await orderOf(customer.id, other.id);
    request.userId = customer.id;

    expect(await writeReviewAction({ status: 'idle' }, review(product.id))).toMatchObject({ status: 'error', message: 'Sinulla ei ole oikeutta tähän.' });
    expect(await prisma.review.count({ where: { productId: product.id } })).toBe(0);
    expect(Object.keys(await getOrderReviewState(order.id, customer.id))).toEqual([other.id]);
  });

  it('refuses a buyer whose order is not fulfilled yet (paid, waiting at the store, cancelled)', async () => {
    const product = await createProduct();
    const customer = await createUser();
    request.userId = customer.id;
    for (const status of ['PAID', 'PAY_AT_PICKUP', 'CANCELLED', 'PENDING_PAYMENT'] as const) {
      const order = await orderOf(customer.id, product.id, { status });
      expect(await getOrderReviewState(order.id, customer.id)).toEqual({});
    }
    expect(await writeReviewAction({ status: 'idle' }, review(product.id))).toMatchObject({ status: 'error', message: 'Sinulla ei ole oikeutta tähän.' });
    expect(await prisma.review.count({ where: { productId: product.id } })).toBe(0);
  });

  it('refuses someone else than the buyer of a fulfilled order', async () => {
    const product = await createProduct();
    const buyer = await createUser();
    const order = await orderOf(buyer.id, product.id);
    const stranger = await createUser();
    request.userId = stranger.id;
    expect(await getOrderReviewState(order.id, stranger.id)).toEqual({});
    expect(await writeReviewAction({ status: 'idle' }, review(product.id))).toMatchObject({ status: 'error' });
    expect(await prisma.review.count({ where: { productId: product.id } })).toBe(0);
  });

  it('lets a buyer of a counter sale review, once per product, as plain text waiting for the owner', async () => {
    const product = await createProduct();
    const customer = await createUser();
    const order = await orderOf(customer.id, product.id, { channel: 'STORE' });
    request.userId = customer.id;

    const text = '  <script>alert(1)</script> <b>Hyvä</b>\r\nToinen rivi\u0000  ';
    expect(await writeReviewAction({ status: 'idle' }, review(product.id, 4, text))).toMatchObject({ status: 'ok' });
    const saved = await prisma.review.findUniqueOrThrow({ where: { productId_userId: { productId: product.id, userId: customer.id } } });
    expect(saved).toMatchObject({ rating: 4, status: 'PENDING', orderId: order.id, text: '<script>alert(1)</script> <b>Hyvä</b>\nToinen rivi' });
    expect(await getOrderReviewState(order.id, customer.id)).toEqual({ [product.id]: { kind: 'written', rating: 4, status: 'PENDING' } });

    // A second order of the same product does not give a second review.
    await orderOf(customer.id, product.id);
    expect(await writeReviewAction({ status: 'idle' }, review(product.id, 1, 'Toinen'))).toMatchObject({
      status: 'error',
      message: 'Olet jo arvioinut tämän tuotteen.',
    });
    expect(await prisma.review.count({ where: { productId: product.id } })).toBe(1);
  });

  it('refuses stars outside 1-5, an empty text and a text over 2000 characters', async () => {
    const product = await createProduct();
    const customer = await createUser();
    await orderOf(customer.id, product.id);
    request.userId = customer.id;
    for (const [rating, text, field] of [[0, 'x', 'rating'], [6, 'x', 'rating'], [3, '   ', 'text'], [3, 'x'.repeat(2001), 'text']] as const) {
      const state = await writeReviewAction({ status: 'idle' }, review(product.id, rating, text));
      expect(state.status).toBe('error');
      expect(Object.keys(state.fieldErrors ?? {})).toEqual([field]);
    }
    expect(await prisma.review.count({ where: { productId: product.id } })).toBe(0);
  });
});

describe('the owner', () => {
  async function pendingReview(rating = 5) {
    const product = await createProduct();
    const customer = await createUser({ name: 'Maija Meikäläinen' });
    await orderOf(customer.id, product.id);
    request.userId = customer.id;
    expect(await writeReviewAction({ status: 'idle' }, review(product.id, rating))).toMatchObject({ status: 'ok' });
    const saved = await prisma.review.findFirstOrThrow({ where: { productId: product.id, userId: customer.id } });
    return { product, review: saved };
  }

  it('is the only one who may publish, hide or reply', async () => {
    const { review: pending } = await pendingReview();
    for (const role of ['CUSTOMER', 'STAFF'] as const) {
      request.userId = (await createUser({ role })).id;
      expect(await outcome(() => moderateReviewAction({ status: 'idle' }, form({ reviewId: pending.id, decision: 'PUBLISHED' })))).toBe('forbidden');
      expect(await outcome(() => replyToReviewAction({ status: 'idle' }, form({ reviewId: pending.id, reply: 'Kiitos' })))).toBe('forbidden');
    }
    request.userId = null;
    expect(await outcome(() => moderateReviewAction({ status: 'idle' }, form({ reviewId: pending.id, decision: 'PUBLISHED' })))).toMatch(/^redirect \/signin/);
    expect(await prisma.review.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ status: 'PENDING', ownerReply: null });
    expect(await prisma.auditLog.count({ where: { entityType: 'review', entityId: pending.id } })).toBe(0);
  });

  it('publishes, replies and hides; only published reviews count, and the product page is renewed', async () => {
    const { product, review: first } = await pendingReview(5);
    const owner = await createUser({ role: 'OWNER' });
    expect(await getProductReviews(product.id)).toEqual({ average: null, count: 0, reviews: [] });

    // A second buyer's review that stays waiting, and a third that is hidden.
    const second = await createUser();
    await orderOf(second.id, product.id);
    request.userId = second.id;
    await writeReviewAction({ status: 'idle' }, review(product.id, 1, 'Ei hyvä'));
    const third = await createUser();
    await orderOf(third.id, product.id);
    request.userId = third.id;
    await writeReviewAction({ status: 'idle' }, review(product.id, 2, 'Meh'));
    const hiddenOne = await prisma.review.findFirstOrThrow({ where: { productId: product.id, userId: third.id } });

    request.userId = owner.id;
    expect(await moderateReviewAction({ status: 'idle' }, form({ reviewId: first.id, decision: 'PUBLISHED' }))).toEqual({ status: 'ok', message: 'Arvio on julkaistu.' });
    expect(request.revalidated).toContain(`product:${product.id}`);
    expect(await moderateReviewAction({ status: 'idle' }, form({ reviewId: hiddenOne.id, decision: 'HIDDEN' }))).toMatchObject({ status: 'ok' });
    expect(await replyToReviewAction({ status: 'idle' }, form({ reviewId: first.id, reply: 'Kiitos, <i>Maija</i>!' }))).toMatchObject({ status: 'ok' });

    const shown = await getProductReviews(product.id);
    expect(shown).toMatchObject({ average: 5, count: 1 });
    expect(shown.reviews).toEqual([
      expect.objectContaining({ id: first.id, rating: 5, text: 'Hyvä tuote!', author: 'Maija', ownerReply: 'Kiitos, <i>Maija</i>!' }),
    ]);

    // Publishing the 1-star one: the average is of the published reviews only.
    const waiting = await prisma.review.findFirstOrThrow({ where: { productId: product.id, userId: second.id } });
    await moderateReviewAction({ status: 'idle' }, form({ reviewId: waiting.id, decision: 'PUBLISHED' }));
    expect(await getProductReviews(product.id)).toMatchObject({ average: 3, count: 2 });

    // Hiding takes it off the page again.
    await moderateReviewAction({ status: 'idle' }, form({ reviewId: first.id, decision: 'HIDDEN' }));
    expect(await getProductReviews(product.id)).toMatchObject({ average: 1, count: 1 });

    const audit = await prisma.auditLog.findMany({ where: { entityType: 'review', entityId: first.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['review.published', owner.id],
      ['review.replied', owner.id],
      ['review.hidden', owner.id],
    ]);
  });

  it('gets "not found" for a review that does not exist', async () => {
    request.userId = (await createUser({ role: 'OWNER' })).id;
    expect(await moderateReviewAction({ status: 'idle' }, form({ reviewId: crypto.randomUUID(), decision: 'PUBLISHED' }))).toMatchObject({
      status: 'error',
      message: 'Etsimääsi ei löytynyt.',
    });
  });
});
