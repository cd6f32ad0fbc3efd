'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { counterOrderForCustomerAction, type CustomerOrderResult } from '@/lib/actions/counter-order-for-customer';
import type { CustomerOrderPayment } from '@/lib/counter/order-for-customer';
import { formatCents } from '@/lib/money';
import { CustomerBox } from './customer-box';
import { CustomerCard } from './customer-card';
import { ItemSearch } from './item-search';
import { OrderDetailsForm, type OrderDetails } from './order-details-form';
import { SaleLines } from './sale-lines';
import { useBasket } from './use-basket';
import { useCounterSubmit } from './use-counter-submit';
import { ScanBox } from './scan-box';

type Props = { store: { id: string; slug: string }; stores: { id: string; name: string }[] };


/**
 * "Order for the customer": what this store does not have on its shelf, ordered for home
 * delivery, a parcel locker or pickup (here or at another store), paid now or by an e-mailed
 * link. The screen's key makes a double press one order.
 */
export function CustomerOrder({ store, stores }: Props) {
  const t = useTranslations('storeCounter.order');
  const locale = useLocale();
  const basket = useBasket();
  const { lines, customer, totalCents } = basket;
  const { pending, done, submit, error, errors, clear } = useCounterSubmit((answer: CustomerOrderResult) => answer.order);

  function order(details: OrderDetails, payment: CustomerOrderPayment) {
    return submit(() =>
      counterOrderForCustomerAction({
        ...details,
        storeId: store.id,
        tillKey: basket.tillKey,
        lines: basket.requestLines(),
        customerId: customer?.id ?? null,
        payment,
      }),
    );
  }

  function next() {
    basket.reset();
    clear();
  }

  if (done) {
    return (
      <section aria-labelledby="order-done-title" aria-live="polite" className="flex max-w-xl flex-col gap-3 rounded-lg border border-green-700 bg-green-50 p-4">
        <h2 id="order-done-title" className="text-xl font-semibold">
          {t('done.title', { number: String(done.number) })}
        </h2>
        <p>{done.status === 'PAID' ? t('done.paid', { amount: formatCents(done.totalCents, locale) }) : t('done.linkSent')}</p>
        {done.changeCents > 0 ? <p className="text-2xl font-semibold">{t('done.change', { amount: formatCents(done.changeCents, locale) })}</p> : null}
        <div>
          <Button size="lg" onClick={next} autoFocus>
            {t('done.next')}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_28rem]">
      <div className="flex flex-col gap-4">
        <ScanBox storeId={store.id} onItem={basket.add} onSearchInstead={basket.setSearchFor} />
        <ItemSearch storeId={store.id} initialQuery={basket.searchFor} onItem={basket.add} />
        <SaleLines lines={lines} totalCents={totalCents} errors={errors} onQuantity={basket.changeQuantity} />
      </div>
      <div className="flex flex-col gap-4">
        <CustomerBox storeId={store.id} customer={customer} onCustomer={basket.setCustomer} />
        {customer ? <CustomerCard storeId={store.id} customerId={customer.id} /> : null}
        {error ? (
          <p role="alert" className="font-medium text-red-800">
            {error}
          </p>
        ) : null}
        {lines.length > 0 ? (
          <OrderDetailsForm storeId={store.id} stores={stores} customer={customer} totalCents={totalCents} pending={pending} errors={errors} onSubmit={(details, payment) => void order(details, payment)} />
        ) : null}
      </div>
    </div>
  );
}
