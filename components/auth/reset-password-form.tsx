'use client';

import { useTranslations } from 'next-intl';
import { resetPasswordAction } from '@/lib/actions/reset-password';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations('auth.reset');
  const { state, pending, onSubmit, errors } = useServerForm(resetPasswordAction);
  if (state.status === 'ok') {
    return (
      <div className="flex flex-col gap-4">
        <ServerFormStatus state={state} />
        <ButtonLink href="/signin">{t('signIn')}</ButtonLink>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormField label={t('password')} hint={t('passwordHint')} error={errors.password ?? errors.token} required>
        {(field) => <Input {...field} name="password" type="password" autoComplete="new-password" />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending} fullWidth>
        {t('submit')}
      </Button>
    </form>
  );
}
