'use client';

import { useLocale, useTranslations } from 'next-intl';
import { ReceiveLine, type LineChoice } from '@/components/store/returns/receive-line';
import type { DeskReceiveView } from '@/lib/returns/desk-receive-view';

type Props = {
  view: DeskReceiveView;
  choices: Record<string, LineChoice>;
  onChoice: (orderLineId: string, choice: LineChoice) => void;
};

/** What comes back in an exchange: the original order's lines, each with its stepper and condition. */
export function ExchangeReturns({ view, choices, onChoice }: Props) {
  const t = useTranslations('storeCounter.exchange');
  const tReturns = useTranslations('storeReturns.errors');
  const locale = useLocale();
  return (
    <section aria-labelledby="exchange-returns-title" className="flex flex-col gap-3">
      <h2 id="exchange-returns-title" className="text-lg font-semibold">
        {t('returnsTitle', { number: String(view.orderNumber) })}
      </h2>
      <p className="text-stone-700">
        {[view.customer.name, view.paymentProvider ? t(`paidWith.${view.paymentProvider}`) : null].filter(Boolean).join(' · ')}
      </p>
      {view.refusal ? (
        <p role="alert" className="font-medium text-red-800">
          {tReturns(view.refusal)}
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {view.lines.map((line) => (
            <ReceiveLine
              key={line.orderLineId}
              line={line}
              choice={choices[line.orderLineId]}
              onChange={(choice) => onChoice(line.orderLineId, choice)}
              locale={locale}
              currency={view.currency}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
