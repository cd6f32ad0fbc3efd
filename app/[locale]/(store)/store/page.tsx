import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireStaff } from '@/lib/auth/require';
import { formatMinutes } from '@/lib/stores/format-hours';
import { listStaffStores } from '@/lib/stores/list-staff-stores';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/components/ui/badge';
import { Card, CardTitle } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'store' });
  return { title: t('title') };
}

export default async function StoreHomePage({ params }: Props) {
  await pageLocale(params);
  const user = await requireStaff(undefined, '/store');
  const stores = await listStaffStores(user);
  const t = await getTranslations('store');
  return (
    <Container className="py-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro', { name: user.name ?? user.email })}</p>
      <h2 className="mt-6 text-xl font-semibold">{t('yourStores')}</h2>
      {stores.length === 0 ? (
        <EmptyState className="mt-4" title={t('noStores')} headingLevel={3} />
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {stores.map((store) => (
            <Card as="li" key={store.id}>
              <CardTitle as="h3">
                <Link href={`/store/${store.slug}/pickups`} className="underline underline-offset-4 hover:no-underline">
                  {store.name}
                </Link>
              </CardTitle>
              <p className="text-stone-700">{[store.street, [store.postalCode, store.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</p>
              <div className="mt-3 flex flex-wrap gap-2">
                {store.kind === 'WAREHOUSE' ? <Badge tone="info">{t('warehouse')}</Badge> : null}
                <Badge tone={store.pickupEnabled ? 'success' : 'neutral'}>{t('pickup')}: {store.pickupEnabled ? t('on') : t('off')}</Badge>
                <Badge tone={store.returnsEnabled ? 'success' : 'neutral'}>{t('returns')}: {store.returnsEnabled ? t('on') : t('off')}</Badge>
              </div>
              {store.openingHours.length > 0 ? (
                <>
                  <h4 className="mt-4 font-medium">{t('openingHours')}</h4>
                  <dl className="mt-1 grid grid-cols-[3rem_1fr] gap-x-2 text-sm">
                    {store.openingHours.map((hours) => (
                      <div key={hours.weekday} className="contents">
                        <dt className="text-stone-700">{t(`weekdays.${hours.weekday}` as 'weekdays.1')}</dt>
                        <dd>{formatMinutes(hours.opensAt)}–{formatMinutes(hours.closesAt)}</dd>
                      </div>
                    ))}
                  </dl>
                </>
              ) : null}
            </Card>
          ))}
        </ul>
      )}
    </Container>
  );
}
