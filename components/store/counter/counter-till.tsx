'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { counterSellAction, type CounterSellResult } from '@/lib/actions/counter-sell';
import type { CounterItem } from '@/lib/counter/counter-item';
import type { CounterPayment } from '@/lib/counter/counter-payment';
import { formatCents } from '@/lib/money';
import { CustomerBox } from './customer-box';
import { CustomerCard } from './customer-card';
import { ExchangeTill } from './exchange-till';
import { ItemSearch } from './item-search';
import { PayPanel } from './pay-panel';
import { SaleLines } from './sale-lines';
import { ScanBox } from './scan-box';
import { useBasket } from './use-basket';
import { useCounterSubmit } from './use-counter-submit';

type Props = {
  store: { id: string; slug: string; name: string };
  favourites: CounterItem[];
  /** The owner, or staff the owner allows to change prices (with a reason). */
  mayOverridePrices: boolean;
};


/**
 * The till: scan or search products into the sale, attach the customer if they want, take the
 * payment. The sale carries a key made here when it starts, so "pay" pressed twice (or retried
 * after a lost answer) makes one sale. After it: the change, the receipt, a new sale.
 */
export function CounterTill({ store, favourites, mayOverridePrices }: Props) {
  const t = useTranslations('storeCounter');
  const locale = useLocale();
  const basket = useBasket();
  const { lines, customer, totalCents } = basket;
  const { pending, done, submit, error, errors, clear } = useCounterSubmit((answer: CounterSellResult) => answer.sale);
  const [exchanging, setExchanging] = useState(false);

  function pay(payment: CounterPayment) {
    return submit(() =>
      counterSellAction({
        storeId: store.id,
        tillKey: basket.tillKey,
        lines: basket.requestLines(),
        priceOverrides: basket.requestPriceOverrides(),
        customerId: customer?.id ?? null,
        payment,
      }),
    );
  }

  function newSale() {
    basket.reset();
    clear();
  }

  if (done) {
    return (
      <section aria-labelledby="counter-done-title" aria-live="polite" className="flex max-w-xl flex-col gap-4 rounded-lg border border-green-700 bg-green-50 p-4">
        <h2 id="counter-done-title" className="text-xl font-semibold">
          {t('done.title', { number: String(done.number) })}
        </h2>
        <p className="text-2xl font-semibold">{t('done.change', { amount: formatCents(done.changeCents, locale) })}</p>
        <p>{customer ? t('done.emailed', { email: customer.email }) : t('done.noEmail')}</p>
        <div className="flex flex-wrap gap-2">
          <Button size="lg" onClick={newSale} autoFocus>
            {t('done.next')}
          </Button>
          <ButtonLink variant="secondary" size="lg" href={`/store/${store.slug}/sell/receipt/${done.number}`}>
            {t('done.receipt')}
          </ButtonLink>
        </div>
      </section>
    );
  }

  if (exchanging) return <ExchangeTill store={store} mayOverridePrices={mayOverridePrices} onClose={() => setExchanging(false)} />;

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_24rem]">
      <div className="flex flex-col gap-4">
        <div>
          <Button variant="secondary" onClick={() => setExchanging(true)}>
            {t('exchange.open')}
          </Button>
        </div>
        <ScanBox storeId={store.id} onItem={basket.add} onSearchInstead={basket.setSearchFor} />
        {favourites.length > 0 ? (
          <section aria-labelledby="counter-favourites-title">
            <h2 id="counter-favourites-title" className="mb-2 font-semibold">
              {t('favourites')}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {favourites.map((item) => (
                <li key={item.variantId}>
                  <Button variant="secondary" onClick={() => basket.add(item)}>
                    {item.variantLabel ? `${item.name} (${item.variantLabel})` : item.name}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ItemSearch storeId={store.id} initialQuery={basket.searchFor} onItem={basket.add} />
      </div>
      <div className="flex flex-col gap-4">
        <SaleLines
          lines={lines}
          totalCents={totalCents}
          errors={errors}
          onQuantity={basket.changeQuantity}
          onOverride={mayOverridePrices ? basket.changePrice : undefined}
        />
        <CustomerBox storeId={store.id} customer={customer} onCustomer={basket.setCustomer} />
        {customer ? <CustomerCard storeId={store.id} customerId={customer.id} /> : null}
        {error ? (
          <p role="alert" className="font-medium text-red-800">
            {error}
          </p>
        ) : null}
        {lines.length > 0 ? <PayPanel key={basket.tillKey} totalCents={totalCents} pending={pending} errors={errors} onPay={(payment) => void pay(payment)} /> : null}
      </div>
    </div>
  );
}
