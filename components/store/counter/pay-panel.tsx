'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { CounterPayment } from '@/lib/counter/counter-payment';
import { formatCents, parseAmountToCents } from '@/lib/money';
import { cashSuggestions } from './sale-state';

type Method = CounterPayment['method'];

type Props = {
  totalCents: number;
  pending: boolean;
  errors: Record<string, string>;
  onPay: (payment: CounterPayment) => void;
  /** An exchange's cash refund, set against a cash payment: the customer hands over only the difference (or gets it back). */
  cashCreditCents?: number;
  /** The pay button's text, when not "Pay {total}". */
  submitLabel?: string;
};

/**
 * How the customer pays: cash (tap the note they hand over, or type the amount; the change is
 * shown), the card terminal (its reference, optional), or both (the card's part, the rest in cash).
 * Cash is chosen first: the common case is a tap on the note and a tap on "pay".
 */
export function PayPanel({ totalCents, pending, errors, onPay, cashCreditCents = 0, submitLabel }: Props) {
  const t = useTranslations('storeCounter.pay');
  const locale = useLocale();
  const [method, setMethod] = useState<Method>('CASH');
  const [given, setGiven] = useState('');
  const [cardPart, setCardPart] = useState('');
  const [reference, setReference] = useState('');
  const money = (cents: number) => formatCents(cents, locale);

  const cardCents = parseAmountToCents(cardPart);
  // Below zero when an exchange's cash refund is more than the sale: the difference is change.
  const cashOwed = (method === 'SPLIT' ? totalCents - (cardCents ?? 0) : totalCents) - (method === 'CASH' ? cashCreditCents : 0);
  const cashDue = Math.max(0, cashOwed);
  const givenCents = parseAmountToCents(given) ?? (given.trim() === '' && cashDue === 0 ? 0 : null);
  const change = givenCents !== null && givenCents >= cashDue ? givenCents - cashOwed : null;
  const short = givenCents !== null && givenCents < cashDue;

  function pay() {
    if (method === 'CARD_TERMINAL') return onPay({ method, reference });
    const amount = givenCents ?? -1;
    if (method === 'CASH') return onPay({ method, givenCents: amount });
    return onPay({ method, cardCents: cardCents ?? 0, givenCents: amount, reference });
  }

  const methods: Method[] = ['CASH', 'CARD_TERMINAL', 'SPLIT'];
  return (
    <section aria-labelledby="counter-pay-title" className="flex flex-col gap-3 rounded-lg border border-stone-300 bg-white p-3">
      <h2 id="counter-pay-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <div role="radiogroup" aria-label={t('method')} className="flex flex-wrap gap-2">
        {methods.map((value) => (
          <Button key={value} role="radio" aria-checked={method === value} variant={method === value ? 'primary' : 'secondary'} onClick={() => setMethod(value)}>
            {t(`methods.${value}`)}
          </Button>
        ))}
      </div>
      {method === 'SPLIT' ? (
        <FormField label={t('cardPart')} error={errors.cardCents}>
          {(field) => <Input {...field} inputMode="decimal" value={cardPart} onChange={(e) => setCardPart(e.target.value)} autoComplete="off" />}
        </FormField>
      ) : null}
      {method !== 'CARD_TERMINAL' ? (
        <>
          <div className="flex flex-wrap gap-2" aria-label={t('notes')} role="group">
            {cashSuggestions(cashDue).map((cents) => (
              <Button key={cents} variant="secondary" size="lg" aria-pressed={givenCents === cents} onClick={() => setGiven((cents / 100).toFixed(2).replace('.', ','))}>
                {cents === cashDue ? t('exact', { amount: money(cents) }) : money(cents)}
              </Button>
            ))}
          </div>
          <FormField label={t('given')} error={errors.givenCents ?? (short ? t('short', { due: money(cashDue) }) : undefined)}>
            {(field) => <Input {...field} inputMode="decimal" value={given} onChange={(e) => setGiven(e.target.value)} autoComplete="off" />}
          </FormField>
          <p className="text-xl font-semibold" aria-live="polite">
            {change !== null ? t('change', { amount: money(change) }) : null}
          </p>
        </>
      ) : null}
      {method !== 'CASH' ? (
        <FormField label={t('reference')} hint={t('referenceHint')} error={errors.reference}>
          {(field) => <Input {...field} value={reference} onChange={(e) => setReference(e.target.value)} autoComplete="off" />}
        </FormField>
      ) : null}
      <Button size="lg" fullWidth loading={pending} disabled={method !== 'CARD_TERMINAL' && change === null} onClick={pay}>
        {submitLabel ?? t('submit', { amount: money(totalCents) })}
      </Button>
    </section>
  );
}
