import { handleRefundEvent, isRefundEvent, REFUND_EVENTS } from '@/lib/payments/handle-refund-event';
import { handleStripeEvent, PaymentMismatchError } from '@/lib/payments/handle-stripe-event';
import { constructWebhookEvent, isSignatureError, stripeConfigured, type StripeEvent } from '@/lib/payments/stripe';

export const dynamic = 'force-dynamic';

/**
 * Stripe's webhook: Checkout Sessions (payments) and refunds. The signature is checked on the raw body (and its timestamp: an event older
 * than 5 minutes is refused); then lib/payments decides. 200 for events handled, repeated or
 * ignored; 400 for a bad signature, a bad payload or an amount that is not the order's (nothing
 * changes); 500 when something failed on our side, so that Stripe delivers the event again.
 */
export async function POST(request: Request): Promise<Response> {
  if (!stripeConfigured()) return answer(404, 'Stripe is not configured.');
  const rawBody = await request.text();
  let event: StripeEvent;
  try {
    event = constructWebhookEvent(rawBody, request.headers.get('stripe-signature'));
  } catch (error) {
    if (isSignatureError(error)) return answer(400, 'Bad signature.');
    return answer(400, 'Bad payload.');
  }
  if (REFUND_EVENTS.has(event.type)) {
    if (!isRefundEvent(event)) return answer(400, 'Bad payload.');
    try {
      return answer(200, await handleRefundEvent(event));
    } catch (error) {
      console.error(`Stripe event ${event.id} (${event.type}) failed:`, error);
      return answer(500, 'Not processed; please retry.');
    }
  }
  if (!isCheckoutSessionEvent(event)) {
    return event.type.startsWith('checkout.session.') ? answer(400, 'Bad payload.') : answer(200, 'Ignored.');
  }
  try {
    const result = await handleStripeEvent(event);
    return answer(200, result.status);
  } catch (error) {
    if (error instanceof PaymentMismatchError) return answer(400, 'Amount or currency does not match the order.');
    console.error(`Stripe event ${event.id} (${event.type}) failed:`, error);
    return answer(500, 'Not processed; please retry.');
  }
}

function isCheckoutSessionEvent(event: StripeEvent): boolean {
  const object = event.data?.object as { object?: unknown; id?: unknown } | undefined;
  return event.type.startsWith('checkout.session.') && object?.object === 'checkout.session' && typeof object.id === 'string' && /^cs_\w+$/.test(object.id);
}

function answer(status: number, message: string): Response {
  return Response.json({ message }, { status, headers: { 'cache-control': 'no-store' } });
}
