import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireUser } from '@/lib/auth/require';
import { ChangeEmailForm } from '@/components/account/change-email-form';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ProfileForm } from '@/components/account/profile-form';
import { AccountNav } from '@/components/account/account-nav';
import { MemberCard } from '@/components/account/member-card';
import { Card, CardTitle } from '@/components/ui/card';
import { Container } from '@/components/ui/container';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'account' });
  return { title: t('title') };
}

export default async function AccountPage({ params }: Props) {
  await pageLocale(params);
  const user = await requireUser('/account');
  const t = await getTranslations('account');
  return (
    <Container size="narrow" className="py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('signedInAs', { email: user.email })}</p>
      <AccountNav current="account" />
      <div className="mt-6 flex flex-col gap-6">
        <MemberCard userId={user.id} />
        <Card as="section" aria-labelledby="profile-title">
          <CardTitle id="profile-title" className="mb-4">{t('profile.title')}</CardTitle>
          <ProfileForm name={user.name ?? ''} locale={user.locale} />
        </Card>
        <Card as="section" aria-labelledby="email-title">
          <CardTitle id="email-title" className="mb-4">{t('email.title')}</CardTitle>
          <ChangeEmailForm />
        </Card>
        <Card as="section" aria-labelledby="password-title">
          <CardTitle id="password-title" className="mb-4">{t('password.title')}</CardTitle>
          <ChangePasswordForm />
        </Card>
      </div>
    </Container>
  );
}
