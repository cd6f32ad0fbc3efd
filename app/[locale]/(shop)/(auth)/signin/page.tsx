import { getTranslations } from 'next-intl/server';
import { Link, redirect } from '@/i18n/navigation';
import { getSessionUser } from '@/lib/auth/session';
import { AuthPage } from '@/components/auth/auth-page';
import { MagicLinkForm } from '@/components/auth/magic-link-form';
import { safeCallbackUrl } from '@/components/auth/safe-callback';
import { SignInForm } from '@/components/auth/sign-in-form';
import { FormStatus } from '@/components/ui/form-status';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string; error?: string; sent?: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'auth.signIn' });
  return { title: t('title') };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { callbackUrl, error, sent } = await searchParams;
  const target = safeCallbackUrl(callbackUrl, '/account');
  if (await getSessionUser()) redirect({ href: target, locale });
  const t = await getTranslations('auth.signIn');
  const linkProblem = error === 'Verification' || error === 'EmailSignin';

  return (
    <AuthPage
      title={t('title')}
      intro={t('intro')}
      footer={
        <>
          <Link href="/forgot-password" className="underline">{t('forgot')}</Link>
          <p>
            {t('noAccount')}{' '}
            <Link href={{ pathname: '/signup', query: callbackUrl ? { callbackUrl: target } : {} }} className="font-semibold underline">
              {t('createAccount')}
            </Link>
          </p>
        </>
      }
    >
      {linkProblem ? <FormStatus message={t('linkError')} tone="error" className="mb-4" /> : null}
      {error === 'LINK_RATE_LIMITED' ? <FormStatus message={t('linkRateLimited')} tone="error" className="mb-4" /> : null}
      {sent ? <FormStatus message={t('magicSent')} tone="success" className="mb-4" /> : null}
      <SignInForm callbackUrl={target} />
      <div className="my-6 flex items-center gap-3 text-sm text-stone-700" aria-hidden="true">
        <span className="h-px flex-1 bg-stone-300" />
        {t('or')}
        <span className="h-px flex-1 bg-stone-300" />
      </div>
      <h2 className="text-lg font-semibold">{t('magicTitle')}</h2>
      <p className="mb-4 mt-1 text-sm text-stone-700">{t('magicIntro')}</p>
      <MagicLinkForm callbackUrl={target} />
    </AuthPage>
  );
}
