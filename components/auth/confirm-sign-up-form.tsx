'use client';

import { signIn } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { useRouter } from '@/i18n/navigation';
import { useShopSession } from '@/components/auth/session-provider';
import { confirmSignUpAction } from '@/lib/actions/confirm-sign-up';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { Input } from '@/components/ui/input';

/** The last step of a sign-up: the password chosen at sign-up makes the account, then signs in. */
export function ConfirmSignUpForm({ token, email, callbackUrl }: { token: string; email: string; callbackUrl: string }) {
  const t = useTranslations('auth.confirmSignUp');
  const locale = useLocale();
  const router = useRouter();
  const { refresh: refreshSession } = useShopSession();
  const password = useRef<string | null>(null);
  const { state, pending, onSubmit, errors } = useServerForm(confirmSignUpAction, (data) => {
    password.current = String(data.get('password') ?? '');
  });

  // The account exists: sign in with the same details and go on.
  useEffect(() => {
    if (state.status !== 'ok' || password.current === null) return;
    const given = password.current;
    password.current = null;
    void signIn('credentials', { email, password: given, redirect: false }).then(async (result) => {
      await refreshSession();
      router.replace(result?.ok && !result.error ? callbackUrl : '/signin', { locale });
      router.refresh();
    });
  }, [state, email, callbackUrl, locale, router, refreshSession]);

  if (state.status === 'ok') return <FormStatus message={t('created')} tone="success" />;

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} autoComplete="username" />
      <FormField label={t('password')} error={errors.password ?? errors.token} required>
        {(field) => <Input {...field} name="password" type="password" autoComplete="current-password" />}
      </FormField>
      <ServerFormStatus state={state} />
      <Button type="submit" loading={pending} fullWidth>
        {t('submit')}
      </Button>
    </form>
  );
}
