'use client';

import { useTranslations } from 'next-intl';
import { requestPasswordResetAction } from '@/lib/actions/request-password-reset';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

export function ForgotPasswordForm() {
  const t = useTranslations('auth.forgot');
  const { state, pending, onSubmit, errors } = useServerForm(requestPasswordResetAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <FormField label={t('email')} error={errors.email} required>
        {(field) => <Input {...field} name="email" type="email" autoComplete="email" inputMode="email" />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending} fullWidth>
        {t('submit')}
      </Button>
    </form>
  );
}
