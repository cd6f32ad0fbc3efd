'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { LineChoice } from '@/components/store/returns/receive-line';
import { counterExchangeAction, type CounterExchangeResult } from '@/lib/actions/counter-exchange';
import type { CounterPayment } from '@/lib/counter/counter-payment';
import { computeReturnRefund } from '@/lib/returns/compute-return-refund';
import type { DeskReceiveView } from '@/lib/returns/desk-receive-view';
import { ExchangeDone } from './exchange-done';
import { ExchangeLookup } from './exchange-lookup';
import { ExchangeReturns } from './exchange-returns';
import { ExchangeTotals } from './exchange-totals';
import { ItemSearch } from './item-search';
import { PayPanel } from './pay-panel';
import { SaleLines } from './sale-lines';
import { ScanBox } from './scan-box';
import { useBasket } from './use-basket';
import { useCounterSubmit } from './use-counter-submit';

type Props = {
  store: { id: string; slug: string };
  mayOverridePrices: boolean;
  /** Back to a plain sale (cancel, or "next" after the exchange). */
  onClose: () => void;
};


/**
 * An exchange at the till: the original receipt, what comes back from it, the new items scanned
 * as in any sale, the credit against them, and one "pay" that does both (one key: one exchange).
 */
export function ExchangeTill({ store, mayOverridePrices, onClose }: Props) {
  const t = useTranslations('storeCounter.exchange');
  const basket = useBasket();
  const [view, setView] = useState<DeskReceiveView | null>(null);
  const [choices, setChoices] = useState<Record<string, LineChoice>>({});
  const { pending, done, submit, error, errors } = useCounterSubmit((answer: CounterExchangeResult) => answer.exchange);

  if (done) return <ExchangeDone storeSlug={store.slug} done={done} onNext={onClose} />;

  const returning = view ? view.lines.filter((line) => (choices[line.orderLineId]?.quantity ?? 0) > 0) : [];
  const credit = view
    ? computeReturnRefund({
        lines: view.lines.map((line) => ({ id: line.orderLineId, quantity: line.quantity, unitPriceCents: line.unitPriceCents, cancelled: line.cancelled, returnedQuantity: line.returnedQuantity })),
        returning: Object.fromEntries(Object.entries(choices).map(([id, choice]) => [id, choice.quantity])),
        shippingCents: view.shippingCents,
        paidCents: view.paidCents,
        refundedCents: view.refundedCents,
      }).totalCents
    : 0;
  const cashCredit = view?.paymentProvider === 'CASH' ? credit : 0;

  function openOrder(found: DeskReceiveView) {
    setView(found);
    setChoices(Object.fromEntries(found.lines.map((line) => [line.orderLineId, { quantity: 0, condition: 'RESALEABLE', restock: true }])));
  }

  function pay(payment: CounterPayment) {
    if (!view) return;
    return submit(() =>
      counterExchangeAction({
        storeId: store.id,
        tillKey: basket.tillKey,
        originalOrderId: view.orderId,
        returnLines: returning.map((line) => ({ orderLineId: line.orderLineId, ...choices[line.orderLineId] })),
        lines: basket.requestLines(),
        priceOverrides: basket.requestPriceOverrides(),
        customerId: null,
        payment,
      }),
    );
  }

  const ready = returning.length > 0 && basket.lines.length > 0 && view?.refusal === null;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <Button variant="secondary" onClick={onClose}>
          {t('cancel')}
        </Button>
      </div>
      {view ? null : <ExchangeLookup storeId={store.id} onOrder={openOrder} />}
      {view ? (
        <div className="grid gap-4 lg:grid-cols-[1fr_24rem]">
          <div className="flex flex-col gap-4">
            <ExchangeReturns view={view} choices={choices} onChoice={(id, choice) => setChoices((current) => ({ ...current, [id]: choice }))} />
            <h2 className="text-lg font-semibold">{t('newTitle')}</h2>
            <ScanBox storeId={store.id} onItem={basket.add} onSearchInstead={basket.setSearchFor} />
            <ItemSearch storeId={store.id} initialQuery={basket.searchFor} onItem={basket.add} />
          </div>
          <div className="flex flex-col gap-4">
            <SaleLines lines={basket.lines} totalCents={basket.totalCents} errors={errors} onQuantity={basket.changeQuantity} onOverride={mayOverridePrices ? basket.changePrice : undefined} />
            <ExchangeTotals creditCents={credit} newCents={basket.totalCents} refundVia={view.paymentProvider} />
            {error ? (
              <p role="alert" className="font-medium text-red-800">
                {error}
              </p>
            ) : null}
            {ready ? (
              <PayPanel key={basket.tillKey} totalCents={basket.totalCents} cashCreditCents={cashCredit} pending={pending} errors={errors} onPay={(payment) => void pay(payment)} submitLabel={t('submit')} />
            ) : (
              <p className="text-stone-700">{returning.length === 0 ? t('nothingBack') : t('noNewItems')}</p>
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}
