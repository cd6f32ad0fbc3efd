'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { clientIp } from '@/lib/auth/client-ip';
import { hashToken } from '@/lib/auth/tokens';
import { addToCart } from '@/lib/cart/add-to-cart';
import { findOwnCart } from '@/lib/cart/find-own-cart';
import { resolveCartRef } from '@/lib/cart/resolve-cart-ref';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { checkoutChoices, checkoutSchema } from '@/lib/checkout/checkout-schema';
import { claimCheckout, forgetCheckoutAttempt } from '@/lib/checkout/pay-at-pickup-limits';
import { placeOrder } from '@/lib/checkout/place-order';
import { soldOutProducts } from '@/lib/checkout/sold-out-products';
import type { PaymentMethod, PlacedOrder } from '@/lib/checkout/types';
import { AppError, isAppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { networkKey } from '@/lib/limits/network-key';
import { callOffUnstartedPayment } from '@/lib/payments/call-off-unstarted-payment';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';

/**
 * The checkout form. Places the order from the caller's own cart (prices from the database,
 * whatever the form says), then sends a card payer to Stripe's payment page and a pay-at-pickup
 * shopper to their order's page (the browser goes there: see FormState.redirectTo). Each checkout
 * is counted per device and network first, and its orders waiting for payment or pickup per
 * person (pay-at-pickup-limits.ts). When Stripe
 * cannot start the payment, the order is called off and its lines go back into the cart: the
 * shopper stays at checkout with a message and can try again or choose to pay at pickup.
 */
export async function placeOrderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = (await getLocale()) as AppLocale;
  const parsed = checkoutSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);

  // Only the cart's id here: the order is priced from the cart's lines inside its transaction.
  const cartRef = await resolveCartRef();
  const cart = cartRef ? await findOwnCart(cartRef) : null;
  if (!cartRef || !cart || cart.empty) return failedAction(new AppError('CART_EMPTY'));
  const actor = { userId: cartRef.userId ?? null, guestCartToken: cartRef.guestToken ?? null };

  const choices = checkoutChoices(parsed.data);

  let placed: PlacedOrder;
  let attemptId: bigint | null = null;
  try {
    attemptId = await claimCheckout(choices.payment, {
      email: choices.contact.email,
      userId: actor.userId,
      guestDevice: actor.guestCartToken ? hashToken(actor.guestCartToken) : null,
      network: networkKey(clientIp(await headers())),
    });
    placed = await placeOrder({ cartId: cart.id, locale, ...choices }, actor);
  } catch (error) {
    if (attemptId !== null) await forgetCheckoutAttempt(attemptId);
    return checkoutFailed(error, choices.payment);
  }
  await sendOutboxSoon(placed.emailIds);
  const soldOut = await soldOutProducts(placed.orderId);
  if (soldOut.length > 0) await revalidateProducts(soldOut, { stockOnly: true });

  const orderPage = `/order/${placed.number}?token=${encodeURIComponent(placed.accessToken)}`;
  if (placed.status === 'PENDING_PAYMENT') {
    const paymentUrl = await startCheckoutSession(placed.orderId, locale).then(
      (session) => session.url,
      (error: unknown) => {
        console.error(`Could not start the payment of order ${placed.number}; the order is called off:`, error);
        return null;
      },
    );
    if (paymentUrl) return { status: 'ok', redirectTo: paymentUrl };
    const lines = await callOffUnstartedPayment(placed.orderId);
    if (attemptId !== null) await forgetCheckoutAttempt(attemptId); // nothing is held: the try does not count
    // Its units were released a moment ago: a line can only come back short when someone bought them meanwhile.
    for (const line of lines) await addToCart(cartRef, line.variantId, line.quantity).catch(() => undefined);
    return failedAction(new AppError('PAYMENT_UNAVAILABLE'));
  }
  return { status: 'ok', redirectTo: getPathname({ href: orderPage, locale }) };
}

async function checkoutFailed(error: unknown, payment: PaymentMethod): Promise<FormState> {
  if (!isAppError(error)) throw error;
  const t = await getTranslations('checkout.errors');
  if (error.code === 'OUT_OF_STOCK') return { status: 'error', message: t('outOfStock', { name: error.message }) };
  if (error.code === 'PRODUCT_UNAVAILABLE') return { status: 'error', message: t('productUnavailable', { name: error.message }) };
  if (error.code === 'NOT_FOUND' || error.code === 'CART_CHANGED') return { status: 'error', message: t('cartChanged') };
  if (error.code === 'RATE_LIMITED') {
    const open = error.message === 'openOrders';
    if (payment === 'CARD') return { status: 'error', message: open ? t('cardOpenOrders') : t('cardTooMany') };
    return { status: 'error', message: open ? t('payAtPickupOpenOrders') : t('payAtPickupTooMany') };
  }
  return failedAction(error);
}
