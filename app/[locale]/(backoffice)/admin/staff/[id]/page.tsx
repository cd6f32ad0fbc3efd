import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getStaffMember } from '@/lib/admin/staff/get-staff-member';
import { listAdminStores } from '@/lib/admin/stores/list-admin-stores';
import { requireOwner } from '@/lib/auth/require';
import { ResendInvitationForm } from '@/components/admin/staff/resend-invitation-form';
import { RevokeInvitationForm } from '@/components/admin/staff/revoke-invitation-form';
import { StaffActiveForm } from '@/components/admin/staff/staff-active-form';
import { StaffPricePermissionForm } from '@/components/admin/staff/staff-price-permission-form';
import { StaffStatusBadge } from '@/components/admin/staff/staff-status-badge';
import { StaffStoresForm } from '@/components/admin/staff/staff-stores-form';
import { Card, CardTitle } from '@/components/ui/card';
import { FormStatus } from '@/components/ui/form-status';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminStores.staff.member' });
  return { title: t('title') };
}

export default async function StaffMemberPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { id } = await params;
  const owner = await requireOwner(`/admin/staff/${id}`);
  const [member, stores, { done }, t, format] = await Promise.all([
    getStaffMember(id),
    listAdminStores(),
    searchParams,
    getTranslations('adminStores.staff.member'),
    getFormatter(),
  ]);
  if (!member) notFound();
  const name = member.name ?? member.email;
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const pending = member.status === 'INVITED' || member.status === 'INVITATION_EXPIRED';
  const canResend = pending || member.status === 'INVITATION_REVOKED';
  return (
    <div className="max-w-3xl">
      <Link href="/admin/staff" className="text-sm underline underline-offset-4">
        {t('back')}
      </Link>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{name}</h1>
        <StaffStatusBadge status={member.status} />
      </div>
      <p className="mt-1 break-all text-stone-700">{member.email}</p>
      <FormStatus className="mt-4" message={done === 'invited' ? t('invited', { email: member.email }) : null} tone="success" />

      <Card as="section" aria-labelledby="member-account" className="mt-6">
        <CardTitle id="member-account">{t('account')}</CardTitle>
        <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="text-stone-700">{t('role')}</dt>
          <dd>{t(`roles.${member.role}`)}</dd>
          <dt className="text-stone-700">{t('lastSeen')}</dt>
          <dd>{member.lastSeenAt ? when(member.lastSeenAt) : t('never')}</dd>
          {member.invitation ? (
            <>
              <dt className="text-stone-700">{t('invitation')}</dt>
              <dd>
                {member.invitation.acceptedAt
                  ? t('invitationAccepted', { date: when(member.invitation.acceptedAt) })
                  : member.invitation.revokedAt
                    ? t('invitationRevoked', { date: when(member.invitation.revokedAt) })
                    : t('invitationPending', { sent: when(member.invitation.createdAt), until: when(member.invitation.expiresAt) })}
              </dd>
            </>
          ) : null}
        </dl>
        {canResend ? (
          <>
            <p className="mt-4 text-stone-700">{member.role === 'CUSTOMER' ? t('pendingCustomer') : t('pendingNew')}</p>
            <div className="flex flex-wrap gap-x-4">
              <ResendInvitationForm name={member.name ?? member.email} email={member.email} locale={member.locale} />
              {pending ? <RevokeInvitationForm userId={member.id} /> : null}
            </div>
          </>
        ) : null}
      </Card>

      <Card as="section" aria-labelledby="member-stores" className="mt-6">
        <CardTitle id="member-stores">{t('storesTitle')}</CardTitle>
        {member.role === 'OWNER' ? (
          <p className="mt-2 text-stone-700">{t('ownerAllStores')}</p>
        ) : (
          <StaffStoresForm userId={member.id} stores={stores.map((store) => ({ id: store.id, name: store.name, city: store.city }))} assigned={member.storeIds} />
        )}
      </Card>

      {member.role === 'STAFF' ? (
        <Card as="section" aria-labelledby="member-prices" className="mt-6">
          <CardTitle id="member-prices">{t('pricesTitle')}</CardTitle>
          <StaffPricePermissionForm userId={member.id} allowed={member.canOverridePrices} />
        </Card>
      ) : null}

      {member.role !== 'CUSTOMER' ? (
        <Card as="section" aria-labelledby="member-access" className="mt-6">
          <CardTitle id="member-access">{t('accessTitle')}</CardTitle>
          {member.id === owner.id ? (
            <p className="mt-2 text-stone-700">{t('cannotDeactivateSelf')}</p>
          ) : (
            <>
              <p className="mt-2 text-stone-700">{member.active ? t('activeText') : t('deactivatedText')}</p>
              <StaffActiveForm userId={member.id} name={name} active={member.active} />
            </>
          )}
        </Card>
      ) : null}
    </div>
  );
}
