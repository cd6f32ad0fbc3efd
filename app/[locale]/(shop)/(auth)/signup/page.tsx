import { getTranslations } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getSessionUser } from '@/lib/auth/session';
import { AuthPage } from '@/components/auth/auth-page';
import { safeCallbackUrl } from '@/components/auth/safe-callback';
import { SignUpForm } from '@/components/auth/sign-up-form';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'auth.signUp' });
  return { title: t('title') };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
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
