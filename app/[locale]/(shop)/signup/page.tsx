import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { getSessionUser } from '@/lib/auth/session';
import { AuthPage } from '@/components/auth/auth-page';
import { safeCallbackUrl } from '@/components/auth/safe-callback';
import { SignUpForm } from '@/components/auth/sign-up-form';

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.signUp' });
  return { title: t('title') };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const target = safeCallbackUrl((await searchParams).callbackUrl, '/account');
  if (await getSessionUser()) redirect({ href: target, locale });
  const t = await getTranslations('auth.signUp');
  return (
    <AuthPage
      title={t('title')}
      intro={t('intro')}
      footer={
        <p>
          {t('haveAccount')} <Link href="/signin" className="font-semibold underline">{t('signIn')}</Link>
        </p>
      }
    >
      <SignUpForm callbackUrl={target} />
    </AuthPage>
  );
}
