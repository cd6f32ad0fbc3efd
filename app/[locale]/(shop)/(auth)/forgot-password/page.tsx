import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { AuthPage } from '@/components/auth/auth-page';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'auth.forgot' });
  return { title: t('title') };
}

export default async function ForgotPasswordPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations('auth.forgot');
  return (
    <AuthPage title={t('title')} intro={t('intro')} footer={<Link href="/signin" className="underline">{t('back')}</Link>}>
      <ForgotPasswordForm />
    </AuthPage>
  );
}
