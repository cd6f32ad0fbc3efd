'use client';

import { signIn } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { useRouter } from '@/i18n/navigation';
import { useShopSession } from '@/components/auth/session-provider';
import { signUpAction } from '@/lib/actions/sign-up';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth.signUp');
  const tLanguages = useTranslations('auth.languages');
  const locale = useLocale();
  const router = useRouter();
  const { refresh: refreshSession } = useShopSession();
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const { state, pending, onSubmit, errors } = useServerForm(signUpAction, (data) => {
    credentials.current = { email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') };
  });

  // After the account exists, sign in with the same details and go on.
  useEffect(() => {
    if (state.status !== 'ok' || !credentials.current) return;
    const { email, password } = credentials.current;
    credentials.current = null;
    void signIn('credentials', { email, password, redirect: false }).then(async () => {
      await refreshSession();
      router.replace(callbackUrl, { locale });
      router.refresh();
    });
  }, [state, callbackUrl, locale, router, refreshSession]);

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
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
      <FormStatus message={state.status === 'ok' ? t('created') : state.message} tone={state.status === 'ok' ? 'success' : 'error'} />
      <Button type="submit" loading={pending} fullWidth>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
