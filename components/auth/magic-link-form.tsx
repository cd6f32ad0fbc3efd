'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { FormStatus } from '@/components/ui/form-status';
import { Input } from '@/components/ui/input';

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations('auth.signIn');
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    setPending(true);
    const result = await signIn('email', { email, callbackUrl, redirect: false });
    setPending(false);
    // The same answer for every address; only the limits on link e-mails say otherwise.
    if (result?.ok && !result.error) setStatus({ tone: 'success', message: t('magicSent') });
    else setStatus({ tone: 'error', message: t(result?.error === 'LINK_RATE_LIMITED' ? 'linkRateLimited' : 'unexpected') });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4">
      <FormField label={t('email')} required>
        {(field) => <Input {...field} name="email" type="email" autoComplete="email" inputMode="email" />}
      </FormField>
      <FormStatus message={status?.message} tone={status?.tone} />
      <Button type="submit" variant="secondary" loading={pending} fullWidth>
        {t('magicSubmit')}
      </Button>
    </form>
  );
}
