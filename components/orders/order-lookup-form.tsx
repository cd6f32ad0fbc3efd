'use client';

import { useTranslations } from 'next-intl';
import { lookupOrderAction } from '@/lib/actions/lookup-order';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

export function OrderLookupForm() {
  const t = useTranslations('orders.lookup');
  const { state, pending, onSubmit, errors } = useServerForm(lookupOrderAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormField label={t('email')} error={errors.email} required>
        {(field) => <Input {...field} name="email" type="email" autoComplete="email" inputMode="email" />}
      </FormField>
      <FormField label={t('number')} hint={t('numberHint')} error={errors.number} required>
        {(field) => <Input {...field} name="number" inputMode="numeric" autoComplete="off" maxLength={9} />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
