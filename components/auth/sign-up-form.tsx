'use client';

import { useLocale, useTranslations } from 'next-intl';
import { signUpAction } from '@/lib/actions/sign-up';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

/**
 * Sign-up answers "check your e-mail" for every address: the account is made from the link in
 * the e-mail (or the e-mail says the address already has one).
 */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth.signUp');
  const tLanguages = useTranslations('auth.languages');
  const locale = useLocale();
  const { state, pending, onSubmit, errors } = useServerForm(signUpAction);

  if (state.status === 'ok') return <ServerFormStatus state={state} />;

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField label={t('name')} error={errors.name} required>
        {(field) => <Input {...field} name="name" autoComplete="name" />}
      </FormField>
      <FormField label={t('email')} error={errors.email} required>
        {(field) => <Input {...field} name="email" type="email" autoComplete="email" inputMode="email" />}
      </FormField>
      <FormField label={t('password')} hint={t('passwordHint')} error={errors.password} required>
        {(field) => <Input {...field} name="password" type="password" autoComplete="new-password" />}
      </FormField>
      <FormField label={t('locale')} error={errors.locale}>
        {(field) => (
          <Select {...field} name="locale" defaultValue={locale}>
            <option value="fi">{tLanguages('fi')}</option>
            <option value="en">{tLanguages('en')}</option>
          </Select>
        )}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending} fullWidth>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
