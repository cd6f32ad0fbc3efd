'use client';

import { useState, type ComponentProps, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { CustomerOrderPayment } from '@/lib/counter/order-for-customer';
import type { CounterCustomer } from '@/lib/counter/find-counter-customer';
import { formatCents, parseAmountToCents } from '@/lib/money';

export type OrderDetails = Record<string, string> & { fulfilment: string };

type Props = {
  storeId: string;
  stores: { id: string; name: string }[];
  customer: CounterCustomer | null;
  totalCents: number;
  pending: boolean;
  errors: Record<string, string>;
  onSubmit: (details: OrderDetails, payment: CustomerOrderPayment) => void;
};

const FULFILMENTS = ['DELIVERY', 'PARCEL_LOCKER', 'PICKUP'] as const;
const PAYMENTS = ['CARD_TERMINAL', 'CASH', 'LINK'] as const;

/**
 * Who the order is for (filled in from the attached customer), how it reaches them, and how it
 * is paid: at the counter now, or by a payment link e-mailed to them. The checkout's own fields.
 */
export function OrderDetailsForm({ storeId, stores, customer, totalCents, pending, errors, onSubmit }: Props) {
  const t = useTranslations('storeCounter.order');
  const locale = useLocale();
  const [fulfilment, setFulfilment] = useState<(typeof FULFILMENTS)[number]>('DELIVERY');
  const [payment, setPayment] = useState<(typeof PAYMENTS)[number]>('CARD_TERMINAL');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries([...new FormData(event.currentTarget)].map(([key, value]) => [key, String(value)])) as OrderDetails;
    const chosen: CustomerOrderPayment =
      payment === 'CASH' ? { method: 'CASH', givenCents: parseAmountToCents(data.given ?? '') ?? -1 } : payment === 'CARD_TERMINAL' ? { method: 'CARD_TERMINAL', reference: data.reference ?? null } : { method: 'LINK' };
    onSubmit(data, chosen);
  }

  const field = (name: string, label: string, props: ComponentProps<typeof Input> = {}, required = true) => (
    <FormField label={label} error={errors[name]} required={required}>
      {(control) => <Input {...control} name={name} autoComplete="off" {...props} />}
    </FormField>
  );

  return (
    <form onSubmit={submit} noValidate key={customer?.id ?? 'walk-in'} className="flex flex-col gap-4 rounded-lg border border-stone-300 bg-white p-3">
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-lg font-semibold">{t('contactTitle')}</legend>
        {field('name', t('name'), { defaultValue: customer?.name ?? '' })}
        {field('email', t('email'), { type: 'email', defaultValue: customer?.email ?? '' })}
        {field('phone', t('phone'), { type: 'tel', defaultValue: customer?.phone ?? '' }, false)}
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-lg font-semibold">{t('fulfilmentTitle')}</legend>
        <input type="hidden" name="fulfilment" value={fulfilment} />
        <div role="radiogroup" aria-label={t('fulfilmentTitle')} className="flex flex-wrap gap-2">
          {FULFILMENTS.map((value) => (
            <Button key={value} role="radio" aria-checked={fulfilment === value} variant={fulfilment === value ? 'primary' : 'secondary'} onClick={() => setFulfilment(value)}>
              {t(`fulfilments.${value}`)}
            </Button>
          ))}
        </div>
        {fulfilment === 'DELIVERY' ? (
          <>
            {field('street', t('street'))}
            {field('postalCode', t('postalCode'), { inputMode: 'numeric', maxLength: 5 })}
            {field('city', t('city'))}
          </>
        ) : null}
        {fulfilment === 'PARCEL_LOCKER' ? field('lockerName', t('lockerName')) : null}
        {fulfilment === 'PICKUP' ? (
          <FormField label={t('pickupStore')} error={errors.pickupStoreId} required>
            {(control) => (
              <Select {...control} name="pickupStoreId" defaultValue={storeId}>
                {stores.map((store) => (
                  <option key={store.id} value={store.id}>
                    {store.name}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
        ) : null}
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-lg font-semibold">{t('paymentTitle', { amount: formatCents(totalCents, locale) })}</legend>
        <div role="radiogroup" aria-label={t('paymentTitle', { amount: formatCents(totalCents, locale) })} className="flex flex-wrap gap-2">
          {PAYMENTS.map((value) => (
            <Button key={value} role="radio" aria-checked={payment === value} variant={payment === value ? 'primary' : 'secondary'} onClick={() => setPayment(value)}>
              {t(`payments.${value}`)}
            </Button>
          ))}
        </div>
        {payment === 'CASH' ? field('given', t('given'), { inputMode: 'decimal' }) : null}
        {payment === 'CARD_TERMINAL' ? field('reference', t('reference'), {}, false) : null}
        {payment === 'LINK' ? <p className="text-stone-700">{t('linkHint')}</p> : null}
      </fieldset>
      <Button type="submit" size="lg" loading={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
