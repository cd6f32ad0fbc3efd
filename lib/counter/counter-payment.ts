import { AppError } from '@/lib/errors';

// How a counter sale is paid: cash (the amount given, change back), the card terminal (its
// reference from the slip, if staff type it), or part card and the rest in cash.

export type CounterPayment =
  | { method: 'CASH'; givenCents: number }
  | { method: 'CARD_TERMINAL'; reference: string | null }
  | { method: 'SPLIT'; cardCents: number; reference: string | null; givenCents: number };

/** What each method takes of `totalCents`, and the change. */
export type PaymentSplit = { cashCents: number; cardCents: number; changeCents: number; givenCents: number | null; reference: string | null };

/**
 * Splits the total between cash and card. Refuses (VALIDATION, with the field) cash given below
 * what cash must pay, and a card part that is not between nothing and the total.
 */
export function splitPayment(payment: CounterPayment, totalCents: number): PaymentSplit {
  switch (payment.method) {
    case 'CASH':
      return cashPart(totalCents, payment.givenCents, 0, null);
    case 'CARD_TERMINAL':
      return { cashCents: 0, cardCents: totalCents, changeCents: 0, givenCents: null, reference: payment.reference };
    case 'SPLIT':
      if (!(payment.cardCents > 0 && payment.cardCents < totalCents)) throw new AppError('VALIDATION', 'storeCounter.errors.cardPartInvalid', 'cardCents');
      return cashPart(totalCents - payment.cardCents, payment.givenCents, payment.cardCents, payment.reference);
  }
}

function cashPart(cashCents: number, givenCents: number, cardCents: number, reference: string | null): PaymentSplit {
  if (givenCents < cashCents) throw new AppError('VALIDATION', 'storeCounter.errors.cashTooLittle', 'givenCents');
  return { cashCents, cardCents, changeCents: givenCents - cashCents, givenCents, reference };
}
