import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getSignUpRequest } from '@/lib/users/confirm-sign-up';
import { AuthPage } from '@/components/auth/auth-page';
import { ConfirmSignUpForm } from '@/components/auth/confirm-sign-up-form';
import { safeCallbackUrl } from '@/components/auth/safe-callback';
import { FormStatus } from '@/components/ui/form-status';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; callbackUrl?: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'auth.confirmSignUp' });
  return { title: t('title') };
}

// Opening the link changes nothing (mail scanners open links too): the account is made when the
// form is sent with the password chosen at sign-up.
export default async function ConfirmSignUpPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { token, callbackUrl } = await searchParams;
  const request = token ? await getSignUpRequest(token) : null;
  const t = await getTranslations('auth.confirmSignUp');
  if (!token || !request) {
    return (
      <AuthPage title={t('title')} footer={<Link href="/signup" className="underline">{t('again')}</Link>}>
        <FormStatus message={t('invalid')} tone="error" />
      </AuthPage>
    );
  }
  return (
    <AuthPage title={t('title')} intro={t('intro', { email: request.email })}>
      <ConfirmSignUpForm token={token} email={request.email} callbackUrl={safeCallbackUrl(callbackUrl, '/account')} />
    </AuthPage>
  );
}
