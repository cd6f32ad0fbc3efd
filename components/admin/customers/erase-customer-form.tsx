'use client';

import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { eraseCustomerAction } from '@/lib/actions/admin-customer-erase';

/** Erase a customer's personal data: confirmed by typing their e-mail address. */
export function EraseCustomerForm({ userId }: { userId: string }) {
  const t = useTranslations('adminCustomers.erase');
  const { state, pending, onSubmit, errors } = useServerForm(eraseCustomerAction);
  return (
    <form onSubmit={onSubmit} className="mt-3 flex flex-col gap-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormField label={t('confirmLabel')} error={errors.confirmEmail} required>
        {(field) => <Input {...field} name="confirmEmail" type="email" autoComplete="off" />}
      </FormField>
      <div>
        <Button type="submit" variant="danger" loading={pending}>
          {t('submit')}
        </Button>
      </div>
      <ServerFormStatus state={state} />
    </form>
  );
}
