import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { AuthPage } from '@/components/auth/auth-page';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { FormStatus } from '@/components/ui/form-status';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.reset' });
  return { title: t('title') };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations('auth.reset');
  return (
    <AuthPage title={t('title')}>
      {token ? <ResetPasswordForm token={token} /> : <FormStatus message={t('missingToken')} tone="error" />}
    </AuthPage>
  );
}
