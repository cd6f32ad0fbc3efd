import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { listStaff } from '@/lib/admin/staff/list-staff';
import { requireOwner } from '@/lib/auth/require';
import { StaffTable } from '@/components/admin/staff/staff-table';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormStatus } from '@/components/ui/form-status';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminStores.staff.list' });
  return { title: t('title') };
}

export default async function AdminStaffPage({ params, searchParams }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/staff');
  const [rows, { done }, t] = await Promise.all([listStaff(), searchParams, getTranslations('adminStores.staff.list')]);
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 max-w-prose text-stone-700">{t('intro')}</p>
        </div>
        <ButtonLink href="/admin/staff/invite">{t('invite')}</ButtonLink>
      </div>
      <FormStatus className="mt-4" message={done === 'revoked' ? t('revoked') : null} tone="success" />
      {rows.length === 0 ? <EmptyState className="mt-6" title={t('empty')} /> : <StaffTable rows={rows} />}
    </div>
  );
}
