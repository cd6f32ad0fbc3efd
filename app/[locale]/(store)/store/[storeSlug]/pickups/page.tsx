import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { QueueList } from '@/components/store/pickups/queue-list';
import { QueueTabs } from '@/components/store/pickups/queue-tabs';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { listPickupQueue } from '@/lib/pickups/list-pickup-queue';
import { isPickupTab } from '@/lib/pickups/pickup-tabs';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

type Props = {
  params: Promise<{ locale: string; storeSlug: string }>;
  searchParams: Promise<{ tab?: string | string[] }>;
};

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storePickups.queue' });
  return { title: t('metaTitle') };
}

/** The store's click & collect queue: to pick, picking, ready, not collected, done. */
export default async function PickupQueuePage({ params, searchParams }: Props) {
  const [, { storeSlug }, { tab: tabParam }] = await Promise.all([pageLocale(params), params, searchParams]);
  const { store } = await requireStoreStaff({ slug: storeSlug }, `/store/${storeSlug}/pickups`);
  const requested = Array.isArray(tabParam) ? tabParam[0] : tabParam;
  const tab = isPickupTab(requested) ? requested : 'toPick';
  const [queue, t] = await Promise.all([listPickupQueue(store.id, tab), getTranslations('storePickups.queue')]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <ButtonLink href={`/store/${store.slug}/pick-list`} variant="secondary">
          {t('pickList')}
        </ButtonLink>
      </div>
      <QueueTabs storeSlug={store.slug} current={tab} counts={queue.counts} />
      <h2 className="sr-only">{t(`tabs.${tab}`)}</h2>
      {queue.rows.length === 0 ? (
        <EmptyState title={t(`empty.${tab}`)} headingLevel={3} />
      ) : (
        <QueueList storeSlug={store.slug} tab={tab} rows={queue.rows} />
      )}
    </div>
  );
}
