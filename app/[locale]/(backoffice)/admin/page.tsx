import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getAdminOverview } from '@/lib/admin/get-overview';
import { requireOwner } from '@/lib/auth/require';
import { Card } from '@/components/ui/card';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'admin.overview' });
  return { title: t('title') };
}

export default async function AdminOverviewPage({ params }: Props) {
  await pageLocale(params);
  await requireOwner('/admin');
  const overview = await getAdminOverview();
  const t = await getTranslations('admin.overview');
  const figures = [
    ['products', overview.products],
    ['openOrders', overview.openOrders],
    ['customers', overview.customers],
    ['stores', overview.stores],
    ['outboxFailed', overview.outboxFailed],
  ] as const;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro')}</p>
      <dl className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {figures.map(([key, value]) => (
          <Card key={key}>
            <dt className="text-sm text-stone-700">{t(key)}</dt>
            <dd className="mt-1 text-3xl font-bold tabular-nums">{value}</dd>
          </Card>
        ))}
      </dl>
    </div>
  );
}
