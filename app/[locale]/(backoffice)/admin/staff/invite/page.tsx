import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { listAdminStores } from '@/lib/admin/stores/list-admin-stores';
import { requireOwner } from '@/lib/auth/require';
import { InviteForm } from '@/components/admin/staff/invite-form';
import { Card } from '@/components/ui/card';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminStores.staff.invite' });
  return { title: t('title') };
}

export default async function InviteStaffPage({ params }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/staff/invite');
  const [stores, t] = await Promise.all([listAdminStores(), getTranslations('adminStores.staff.invite')]);
  return (
    <div className="max-w-2xl">
      <Link href="/admin/staff" className="text-sm underline underline-offset-4">
        {t('back')}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro')}</p>
      <Card className="mt-6">
        <InviteForm stores={stores.map((store) => ({ id: store.id, name: store.name, city: store.city }))} />
      </Card>
    </div>
  );
}
