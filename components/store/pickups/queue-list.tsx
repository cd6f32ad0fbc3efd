import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/components/ui/badge';
import type { PickupQueueRow } from '@/lib/pickups/list-pickup-queue';
import type { PickupTab } from '@/lib/pickups/pickup-tabs';
import { PickupBadges } from './pickup-badges';

/** One tab's orders as a list of cards (phones first): number, customer, items, payment, promised time. */
export async function QueueList({ storeSlug, tab, rows }: { storeSlug: string; tab: PickupTab; rows: PickupQueueRow[] }) {
  const [t, tStatus, format] = await Promise.all([getTranslations('storePickups.queue'), getTranslations('storePickups.pickupStatuses'), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { weekday: 'short', day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit' });
  return (
    <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3" aria-label={t('caption', { tab: t(`tabs.${tab}`) })}>
      {rows.map((row) => (
        <li key={row.orderId} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
          <Link
            href={`/store/${storeSlug}/pickups/${row.number}`}
            className="inline-flex min-h-11 items-center text-lg font-semibold text-brand-800 underline underline-offset-4 hover:no-underline"
          >
            {t('orderLink', { number: String(row.number) })}
          </Link>
          <p className="font-medium">{row.customerName}</p>
          <p className="text-stone-700">{t('itemCount', { count: row.itemCount })}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            {tab === 'ready' || tab === 'overdue' ? (
              <>
                <dt className="text-stone-700">{t('deadline')}</dt>
                <dd>{row.deadlineAt ? when(row.deadlineAt) : '–'}</dd>
              </>
            ) : (
              <>
                <dt className="text-stone-700">{t('promised')}</dt>
                <dd>{when(row.promisedAt)}</dd>
              </>
            )}
          </dl>
          <div className="mt-2 flex flex-wrap gap-1">
            {tab === 'done' ? <Badge>{tStatus(row.pickupStatus as 'PENDING')}</Badge> : null}
            <PickupBadges orderStatus={row.orderStatus} inTransit={tab !== 'done' && row.inTransit} overdue={tab === 'overdue'} />
          </div>
        </li>
      ))}
    </ul>
  );
}
