import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { AuthPage } from '@/components/auth/auth-page';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';
import { FormStatus } from '@/components/ui/form-status';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'auth.reset' });
  return { title: t('title') };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { token } = await searchParams;
  const t = await getTranslations('auth.reset');
  return (
    <AuthPage title={t('title')}>
      {token ? <ResetPasswordForm token={token} /> : <FormStatus message={t('missingToken')} tone="error" />}
    </AuthPage>
  );
}
