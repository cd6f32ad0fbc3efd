import type { AppLocale } from '@/i18n/routing';

export type CheckoutContact = { email: string; name: string; phone: string | null };

export type CheckoutFulfilment =
  | { type: 'DELIVERY'; street: string; postalCode: string; city: string }
  | { type: 'PARCEL_LOCKER'; lockerName: string }
  | { type: 'PICKUP'; storeId: string };

export type PaymentMethod = 'CARD' | 'PAY_AT_PICKUP';

export type PlaceOrderInput = {
  cartId: string;
  locale: AppLocale;
  contact: CheckoutContact;
  fulfilment: CheckoutFulfilment;
  payment: PaymentMethod;
  /** The total shown to the shopper; a different total today refuses the order (CART_CHANGED). */
  expectedTotalCents?: number;
};

/**
 * Who is ordering: a signed-in user (their cart) or a guest, who proves the cart is theirs with
 * the secret from their cart cookie.
 */
export type CheckoutActor = { userId: string | null; guestCartToken: string | null };

export type PlacedOrder = {
  orderId: string;
  number: number;
  status: 'PENDING_PAYMENT' | 'PAY_AT_PICKUP';
  /** The secret of the guest link to the order's page; only its hash is stored. */
  accessToken: string;
  /** A guest's pay-at-pickup order, held briefly until the link in its e-mail confirms it. */
  awaitingConfirmation: boolean;
  /** E-mails queued with the order (to send right after it is committed). */
  emailIds: string[];
};
