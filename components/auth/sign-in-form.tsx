'use client';

import { signIn } from 'next-auth/react';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useRouter } from '@/i18n/navigation';
import { useShopSession } from '@/components/auth/session-provider';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { Input } from '@/components/ui/input';

const ERROR_KEYS = { RATE_LIMITED: 'rateLimited', CredentialsSignin: 'invalid' } as const;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth.signIn');
  const locale = useLocale();
  const router = useRouter();
  const session = useShopSession();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      await session.refresh();
      router.replace(callbackUrl, { locale });
      router.refresh();
      return;
    }
    setPending(false);
    const key = ERROR_KEYS[result?.error as keyof typeof ERROR_KEYS] ?? 'unexpected';
    setError(t(key));
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <FormField label={t('email')} required>
        {(field) => <Input {...field} name="email" type="email" autoComplete="email" inputMode="email" />}
      </FormField>
      <FormField label={t('password')} required>
        {(field) => <Input {...field} name="password" type="password" autoComplete="current-password" />}
      </FormField>
      <FormStatus message={error} tone="error" />
      <Button type="submit" loading={pending} fullWidth>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
