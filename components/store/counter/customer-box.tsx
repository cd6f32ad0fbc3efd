'use client';

import { useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { QrScanButton } from '@/components/store/qr-scanner';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { counterFindCustomerAction } from '@/lib/actions/counter-lookup';
import type { CounterCustomer } from '@/lib/counter/find-counter-customer';

type Props = {
  storeId: string;
  customer: CounterCustomer | null;
  onCustomer: (customer: CounterCustomer | null) => void;
};

/**
 * The customer of the sale (optional): the QR on their account page, scanned into the box or
 * with the camera, or their e-mail or phone typed. Once found, their name and a "remove".
 */
export function CustomerBox({ storeId, customer, onCustomer }: Props) {
  const t = useTranslations('storeCounter.customer');
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function find(text: string) {
    if (!text.trim()) return;
    setPending(true);
    try {
      const answer = await counterFindCustomerAction(storeId, text);
      if ('customer' in answer) {
        setError(null);
        onCustomer(answer.customer);
      } else setError(answer.error);
    } finally {
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void find(input.current?.value ?? '');
  }

  if (customer) {
    return (
      <section aria-label={t('title')} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-stone-300 bg-white p-3">
        <p>
          <span className="font-medium">{customer.name || customer.email}</span>
          <span className="block text-sm text-stone-700">{customer.email}</span>
        </p>
        <Button variant="ghost" onClick={() => onCustomer(null)}>
          {t('remove')}
        </Button>
      </section>
    );
  }
  return (
    <section aria-label={t('title')} className="flex flex-col gap-2">
      <form onSubmit={onSubmit} className="flex items-end gap-2">
        <FormField label={t('label')} hint={t('hint')} error={error} className="flex-1">
          {(field) => <Input {...field} ref={input} name="customer" autoComplete="off" spellCheck={false} className="min-h-12" />}
        </FormField>
        <Button type="submit" size="lg" variant="secondary" loading={pending}>
          {t('find')}
        </Button>
      </form>
      <QrScanButton label={t('scan')} onScan={(text) => void find(text)} />
    </section>
  );
}
