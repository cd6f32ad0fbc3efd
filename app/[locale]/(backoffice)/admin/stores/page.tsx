import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { listAdminStores } from '@/lib/admin/stores/list-admin-stores';
import { requireOwner } from '@/lib/auth/require';
import { summarizeHours } from '@/components/admin/stores/hours-summary';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminStores.list' });
  return { title: t('title') };
}

export default async function AdminStoresPage({ params }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/stores');
  const [stores, t, tDays, tKinds] = await Promise.all([
    listAdminStores(),
    getTranslations('adminStores.list'),
    getTranslations('adminStores.weekdaysShort'),
    getTranslations('adminStores.form.kinds'),
  ]);
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 max-w-prose text-stone-700">{t('intro')}</p>
        </div>
        <ButtonLink href="/admin/stores/new">{t('add')}</ButtonLink>
      </div>
      {stores.length === 0 ? (
        <EmptyState className="mt-6" title={t('empty')} action={<ButtonLink href="/admin/stores/new">{t('add')}</ButtonLink>} />
      ) : (
        <Table caption={t('caption')} wrapperClassName="mt-6">
          <THead>
            <Tr>
              <Th>{t('name')}</Th>
              <Th>{t('kind')}</Th>
              <Th>{t('services')}</Th>
              <Th>{t('hours')}</Th>
              <Th className="text-right">{t('staff')}</Th>
            </Tr>
          </THead>
          <TBody>
            {stores.map((store) => {
              const hours = summarizeHours(store.openingHours, (day) => tDays(String(day) as '1'));
              return (
                <Tr key={store.id}>
                  <Td>
                    <Link href={`/admin/stores/${store.id}`} className="font-semibold underline underline-offset-4 hover:no-underline">
                      {store.name}
                    </Link>
                    {store.city ? <span className="block text-stone-600">{store.city}</span> : null}
                  </Td>
                  <Td>{tKinds(store.kind)}</Td>
                  <Td>
                    <div className="flex flex-wrap gap-1.5">
                      <Badge tone={store.pickupEnabled ? 'success' : 'neutral'}>{store.pickupEnabled ? t('pickupOn') : t('pickupOff')}</Badge>
                      <Badge tone={store.returnsEnabled ? 'success' : 'neutral'}>{store.returnsEnabled ? t('returnsOn') : t('returnsOff')}</Badge>
                    </div>
                    {store.pickupEnabled ? (
                      <span className="mt-1 block text-stone-600">{t('pickupTerms', { minutes: store.preparationMinutes, days: store.pickupDeadlineDays })}</span>
                    ) : null}
                  </Td>
                  <Td>
                    {hours.length === 0 ? (
                      t('noHours')
                    ) : (
                      <ul>
                        {hours.map((line) => (
                          <li key={line} className="whitespace-nowrap">{line}</li>
                        ))}
                      </ul>
                    )}
                  </Td>
                  <Td className="text-right tabular-nums">{store._count.staff}</Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
    </div>
  );
}
