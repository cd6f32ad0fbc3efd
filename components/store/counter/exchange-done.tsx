'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import type { CounterExchangeResult } from '@/lib/actions/counter-exchange';
import { formatCents } from '@/lib/money';

type Props = { storeSlug: string; done: NonNullable<CounterExchangeResult['exchange']>; onNext: () => void };

/** After an exchange: the receipt and return numbers, and what staff still hand over and how. */
export function ExchangeDone({ storeSlug, done, onNext }: Props) {
  const t = useTranslations('storeCounter.exchange.done');
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, locale);
  const refund = done.refund;
  return (
    <section aria-labelledby="exchange-done-title" aria-live="polite" className="flex max-w-xl flex-col gap-4 rounded-lg border border-green-700 bg-green-50 p-4">
      <h2 id="exchange-done-title" className="text-xl font-semibold">
        {t('title', { number: String(done.sale.number), returnNumber: String(done.returnNumber) })}
      </h2>
      <p className="text-2xl font-semibold">{done.cashNetted ? t('giveBackCash', { amount: money(done.changeCents) }) : t('change', { amount: money(done.changeCents) })}</p>
      {refund && !done.cashNetted ? <p className="text-lg font-medium">{t(`refund.${refund.provider}`, { amount: money(refund.amountCents) })}</p> : null}
      {refund?.provider === 'STRIPE' && refund.status === 'FAILED' ? <p role="alert">{t('refundFailed')}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button size="lg" onClick={onNext} autoFocus>
          {t('next')}
        </Button>
        <ButtonLink variant="secondary" size="lg" href={`/store/${storeSlug}/sell/receipt/${done.sale.number}`}>
          {t('receipt')}
        </ButtonLink>
      </div>
    </section>
  );
}
