'use client';

import { useTranslations } from 'next-intl';
import { requestEmailChangeAction } from '@/lib/actions/request-email-change';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

export function ChangeEmailForm() {
  const t = useTranslations('account.email');
  const { state, pending, onSubmit, errors } = useServerForm(requestEmailChangeAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-stone-700">{t('intro')}</p>
      <FormField label={t('new')} error={errors.newEmail} required>
        {(field) => <Input {...field} name="newEmail" type="email" autoComplete="email" inputMode="email" />}
      </FormField>
      <FormField label={t('current')} error={errors.currentPassword} required>
        {(field) => <Input {...field} name="currentPassword" type="password" autoComplete="current-password" />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
