'use client';

import { useTranslations } from 'next-intl';
import { changePasswordAction } from '@/lib/actions/change-password';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

export function ChangePasswordForm() {
  const t = useTranslations('account.password');
  const { state, pending, onSubmit, errors } = useServerForm(changePasswordAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <FormField label={t('current')} error={errors.currentPassword} required>
        {(field) => <Input {...field} name="currentPassword" type="password" autoComplete="current-password" />}
      </FormField>
      <FormField label={t('new')} hint={t('newHint')} error={errors.newPassword} required>
        {(field) => <Input {...field} name="newPassword" type="password" autoComplete="new-password" />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending}>
        {t('submit')}
      </Button>
    </form>
  );
}
