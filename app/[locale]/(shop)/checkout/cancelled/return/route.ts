import { hasLocale } from 'next-intl';
import { newLinkToken } from '@/lib/auth/tokens';
import { addToCart } from '@/lib/cart/add-to-cart';
import { writeCartToken } from '@/lib/cart/cart-cookie';
import { resolveCartRef } from '@/lib/cart/resolve-cart-ref';
import { appUrl } from '@/lib/email/translator';
import { routing } from '@/i18n/routing';
import { cancelCheckout } from '@/lib/payments/cancel-checkout';

export const dynamic = 'force-dynamic';

/**
 * Where Stripe's "back" link on the payment page goes (the session's cancel_url, signed by
 * lib/payments/checkout-cancel-token.ts). Cancels the order that was being paid, puts its lines
 * back into the shopper's cart, and shows /checkout/cancelled. A route handler rather than a
 * page, because it changes data and may set the guest cart's cookie.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const query = new URL(request.url).searchParams;
  const result = await cancelCheckout({ orderId: query.get('order') ?? '', token: query.get('token') ?? '' });

  let missing = 0;
  if (result.returnToCart.length > 0) {
    const current = await resolveCartRef();
    const cartRef = current ?? { guestToken: newLinkToken().token };
    for (const line of result.returnToCart) {
      // A product sold out or taken off sale meanwhile is left out (and the page says so).
      const added = await addToCart(cartRef, line.variantId, line.quantity).then(
        (change) => change.quantity >= line.quantity,
        () => false,
      );
      if (!added) missing += 1;
    }
    if (!current && cartRef.guestToken && missing < result.returnToCart.length) await writeCartToken(cartRef.guestToken);
  }
  const target = new URLSearchParams({ result: result.outcome });
  if (missing > 0) target.set('missing', String(missing));
  return new Response(null, { status: 303, headers: { location: `${appUrl('/checkout/cancelled', locale)}?${target}`, 'cache-control': 'no-store' } });
}
