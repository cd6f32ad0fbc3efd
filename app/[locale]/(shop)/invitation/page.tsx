import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getInvitationByToken } from '@/lib/admin/staff/get-invitation-by-token';
import { AuthPage } from '@/components/auth/auth-page';
import { FormStatus } from '@/components/ui/form-status';
import { AcceptInvitationForm } from './accept-invitation-form';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminStores.staff.invitationPage' });
  return { title: t('title'), robots: { index: false } };
}

/** The link in a staff invitation: the invited person sets a password, then signs in. */
export default async function InvitationPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : '';
  const [invitation, t] = await Promise.all([getInvitationByToken(value), getTranslations('adminStores.staff.invitationPage')]);
  if (!invitation) {
    return (
      <AuthPage title={t('title')}>
        <FormStatus message={t('invalid')} tone="error" />
        <p className="mt-4 text-stone-700">
          {t('invalidHelp')}{' '}
          <Link href="/signin" className="underline">
            {t('signIn')}
          </Link>
        </p>
      </AuthPage>
    );
  }
  return (
    <AuthPage title={t('title')} intro={t('intro', { name: invitation.name ?? invitation.email, email: invitation.email })}>
      <AcceptInvitationForm
        token={value}
        email={invitation.email}
        labels={{ password: t('password'), passwordHint: t('passwordHint'), submit: t('submit'), signIn: t('signIn') }}
      />
    </AuthPage>
  );
}
