'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { placeOrderAction } from '@/lib/actions/place-order';
import type { FulfilmentType } from '@/lib/checkout/compute-quote';
import type { CheckoutOptions } from '@/lib/checkout/get-checkout-options';
import type { PaymentMethod } from '@/lib/checkout/types';
import { formatCents } from '@/lib/money';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { MoneySummary } from '@/components/orders/money-summary';
import { OpeningHoursList } from '@/components/orders/opening-hours-list';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Choice, ChoiceGroup } from './choice-group';
import { PARCEL_LOCKER_SUGGESTIONS } from './parcel-lockers';
import { PickupReadinessText } from './pickup-readiness-text';

type Props = {
  options: CheckoutOptions;
  /** The signed-in shopper's details, to start from. */
  contact: { email: string; name: string };
};

const FULFILMENTS: FulfilmentType[] = ['PICKUP', 'DELIVERY', 'PARCEL_LOCKER'];

/**
 * Contact, delivery method (pickup store / address / parcel locker), payment method, the total
 * with VAT per rate, terms, and the order button. The server prices and checks everything again.
 */
export function CheckoutForm({ options, contact }: Props) {
  const t = useTranslations('checkout');
  const tOrders = useTranslations('orders');
  const locale = useLocale();
  const { state, pending, onSubmit, errors } = useServerForm(placeOrderAction);

  const pickupStores = options.pickupOptions.filter((option) => option.readiness.kind !== 'unavailable');
  const canDeliver = options.cardPayments && options.deliveryAvailable;
  const [fulfilment, setFulfilment] = useState<FulfilmentType>(pickupStores.length > 0 || !canDeliver ? 'PICKUP' : 'DELIVERY');
  const [storeId, setStoreId] = useState<string>(pickupStores[0]?.storeId ?? '');
  const [chosenPayment, setPayment] = useState<PaymentMethod>(options.cardPayments ? 'CARD' : 'PAY_AT_PICKUP');
  // Paying at the store goes only with pickup.
  const payment: PaymentMethod = fulfilment !== 'PICKUP' && chosenPayment === 'PAY_AT_PICKUP' ? 'CARD' : chosenPayment;
  const quote = options.quotes[fulfilment];
  const chosenStore = options.pickupOptions.find((option) => option.storeId === storeId && option.readiness.kind !== 'unavailable');
  const money = (cents: number) => formatCents(cents, locale);

  function unavailableReason(type: FulfilmentType): string | null {
    if (type === 'PICKUP') return pickupStores.length === 0 ? t('fulfilment.noPickup') : null;
    if (!options.cardPayments) return t('fulfilment.needsCard');
    return options.deliveryAvailable ? null : t('fulfilment.notInWarehouse');
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      <section aria-labelledby="checkout-contact-title" className="flex flex-col gap-4">
        <h2 id="checkout-contact-title" className="text-lg font-semibold text-stone-900">
          {t('contact.title')}
        </h2>
        <FormField label={t('contact.email')} hint={t('contact.emailHint')} error={errors.email} required>
          {(field) => <Input {...field} name="email" type="email" autoComplete="email" inputMode="email" defaultValue={contact.email} />}
        </FormField>
        <FormField label={t('contact.name')} error={errors.name} required>
          {(field) => <Input {...field} name="name" autoComplete="name" defaultValue={contact.name} />}
        </FormField>
        <FormField label={t('contact.phone')} hint={t('contact.phoneHint')} error={errors.phone}>
          {(field) => <Input {...field} name="phone" type="tel" autoComplete="tel" inputMode="tel" />}
        </FormField>
      </section>

      <ChoiceGroup id="checkout-fulfilment" legend={t('fulfilment.title')} error={errors.fulfilment}>
        {FULFILMENTS.map((type) => {
          const reason = unavailableReason(type);
          const shipping = options.quotes[type].shippingCents;
          return (
            <Choice
              key={type}
              name="fulfilment"
              value={type}
              checked={fulfilment === type}
              onChange={() => setFulfilment(type)}
              disabled={reason !== null}
              label={t(`fulfilment.${type}`)}
              aside={shipping === 0 ? t('fulfilment.free') : money(shipping)}
              details={reason}
            />
          );
        })}
        {quote.freeOverCents !== null && fulfilment !== 'PICKUP' ? (
          <p className="text-sm text-stone-700">
            {quote.freeShipping ? t('fulfilment.freeApplied') : t('fulfilment.freeOver', { amount: money(quote.freeOverCents) })}
          </p>
        ) : null}
      </ChoiceGroup>

      <div hidden={fulfilment !== 'PICKUP'}>
        <ChoiceGroup id="checkout-pickup-store" legend={t('pickup.title')} error={errors.pickupStoreId}>
          {options.pickupOptions.map((option) => (
            <Choice
              key={option.storeId}
              name="pickupStoreId"
              value={option.storeId}
              checked={storeId === option.storeId}
              onChange={() => setStoreId(option.storeId)}
              disabled={option.readiness.kind === 'unavailable'}
              label={option.name}
              details={
                <>
                  <span className="block">{[option.street, [option.postalCode, option.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</span>
                  <span className="block font-medium text-stone-900">
                    <PickupReadinessText readiness={option.readiness} />
                  </span>
                </>
              }
            />
          ))}
        </ChoiceGroup>
        {chosenStore && chosenStore.hours.length > 0 ? (
          <div className="mt-3 text-sm text-stone-800">
            <p className="font-medium">{`${tOrders('details.openingHours')}: ${chosenStore.name}`}</p>
            <OpeningHoursList hours={chosenStore.hours} className="mt-1" />
          </div>
        ) : null}
      </div>

      <section hidden={fulfilment !== 'DELIVERY'} aria-labelledby="checkout-address-title" className="flex flex-col gap-4">
        <h2 id="checkout-address-title" className="text-lg font-semibold text-stone-900">
          {t('address.title')}
        </h2>
        <FormField label={t('address.street')} error={errors.street} required>
          {(field) => <Input {...field} name="street" autoComplete="street-address" />}
        </FormField>
        <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
          <FormField label={t('address.postalCode')} error={errors.postalCode} required>
            {(field) => <Input {...field} name="postalCode" autoComplete="postal-code" inputMode="numeric" maxLength={5} />}
          </FormField>
          <FormField label={t('address.city')} error={errors.city} required>
            {(field) => <Input {...field} name="city" autoComplete="address-level2" />}
          </FormField>
        </div>
        <p className="text-sm text-stone-700">{t('address.countryNote')}</p>
      </section>

      <section hidden={fulfilment !== 'PARCEL_LOCKER'} aria-labelledby="checkout-locker-title" className="flex flex-col gap-4">
        <h2 id="checkout-locker-title" className="text-lg font-semibold text-stone-900">
          {t('locker.title')}
        </h2>
        <FormField label={t('locker.name')} hint={t('locker.hint')} error={errors.lockerName} required>
          {(field) => <Input {...field} name="lockerName" list="checkout-locker-suggestions" autoComplete="off" />}
        </FormField>
        <datalist id="checkout-locker-suggestions">
          {PARCEL_LOCKER_SUGGESTIONS.map((locker) => (
            <option key={locker} value={locker} />
          ))}
        </datalist>
      </section>

      <ChoiceGroup id="checkout-payment" legend={t('paymentMethod.title')} error={errors.payment}>
        <Choice
          name="payment"
          value="CARD"
          checked={payment === 'CARD'}
          onChange={() => setPayment('CARD')}
          disabled={!options.cardPayments}
          label={t('paymentMethod.CARD')}
          details={options.cardPayments ? t('paymentMethod.cardHint') : t('paymentMethod.cardNotConfigured')}
        />
        <Choice
          name="payment"
          value="PAY_AT_PICKUP"
          checked={payment === 'PAY_AT_PICKUP'}
          onChange={() => setPayment('PAY_AT_PICKUP')}
          disabled={fulfilment !== 'PICKUP'}
          label={t('paymentMethod.PAY_AT_PICKUP')}
          details={fulfilment === 'PICKUP' ? t('paymentMethod.payAtPickupHint') : t('paymentMethod.payAtPickupOnlyPickup')}
        />
      </ChoiceGroup>

      <section aria-labelledby="checkout-total-title" className="rounded-xl border border-stone-200 bg-stone-50 p-4">
        <h2 id="checkout-total-title" className="sr-only">
          {t('summary.title')}
        </h2>
        <MoneySummary
          subtotalCents={quote.subtotalCents}
          shippingCents={quote.shippingCents}
          totalCents={quote.totalCents}
          vatBreakdown={quote.vatBreakdown}
          shippingLabel={tOrders(`fulfilments.${fulfilment}`)}
        />
      </section>

      <div className="flex flex-col gap-1.5">
        <input type="hidden" name="expectedTotalCents" value={quote.totalCents} />
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="checkbox"
            name="terms"
            value="on"
            required
            aria-invalid={errors.terms ? true : undefined}
            aria-describedby={errors.terms ? 'checkout-terms-error' : undefined}
            className="mt-0.5 size-5 shrink-0 accent-brand-700"
          />
          <span>
            {t.rich('terms.accept', {
              link: (chunks) => (
                <Link href="/checkout/terms" target="_blank" className="font-medium text-brand-800 underline underline-offset-2">
                  {chunks}
                </Link>
              ),
            })}
          </span>
        </label>
        {errors.terms ? (
          <p id="checkout-terms-error" className="text-sm font-medium text-red-700">
            {errors.terms}
          </p>
        ) : null}
      </div>

      <ServerFormStatus state={state} />
      <Button type="submit" size="lg" fullWidth loading={pending}>
        {payment === 'CARD' ? t('submit.card') : t('submit.payAtPickup')}
      </Button>
    </form>
  );
}
