import { AppError } from '@/lib/errors';
import type { CheckoutFulfilment, PaymentMethod } from './types';

/**
 * Which payment goes with which fulfilment: card needs Stripe; paying at pickup needs pickup.
 * Without Stripe, pay at pickup is the only way to pay, so delivery cannot be chosen.
 */
export function checkPaymentChoice(fulfilment: CheckoutFulfilment['type'], payment: PaymentMethod, cardPayments: boolean): void {
  if (!cardPayments && fulfilment !== 'PICKUP') throw new AppError('VALIDATION', 'deliveryNeedsCard', 'fulfilment');
  if (payment === 'CARD' && !cardPayments) throw new AppError('VALIDATION', 'cardUnavailable', 'payment');
  if (payment === 'PAY_AT_PICKUP' && fulfilment !== 'PICKUP') throw new AppError('VALIDATION', 'payAtPickupNeedsPickup', 'payment');
}
