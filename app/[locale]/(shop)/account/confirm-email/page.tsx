import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { isAppError } from '@/lib/errors';
import { confirmEmailChange } from '@/lib/users/confirm-email-change';
import { AuthPage } from '@/components/auth/auth-page';
import { ButtonLink } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'account.confirmEmail' });
  return { title: t('title') };
}

// The link itself is the proof (it went to the new address), so no sign-in is needed here.
export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { token } = await searchParams;
  const t = await getTranslations('account.confirmEmail');
  let result: { tone: 'success' | 'error'; message: string };
  try {
    if (!token) throw new Error('missing token');
    const { email } = await confirmEmailChange(token);
    result = { tone: 'success', message: t('done', { email }) };
  } catch (error) {
    result = { tone: 'error', message: isAppError(error, 'EMAIL_TAKEN') ? t('taken') : t('failed') };
  }
  return (
    <AuthPage title={t('title')}>
      <FormStatus message={result.message} tone={result.tone} className="mb-4" />
      <ButtonLink href="/account">{t('toAccount')}</ButtonLink>
    </AuthPage>
  );
}
