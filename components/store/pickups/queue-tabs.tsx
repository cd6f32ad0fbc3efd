import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { cn } from '@/components/ui/cn';
import { PICKUP_TABS, type PickupTab } from '@/lib/pickups/pickup-tabs';

/** The queue's stages as links (?tab=), each with its count; the current one is marked for screen readers too. */
export async function QueueTabs({ storeSlug, current, counts }: { storeSlug: string; current: PickupTab; counts: Record<PickupTab, number> }) {
  const t = await getTranslations('storePickups.queue');
  return (
    <nav aria-label={t('tabsLabel')} className="-mx-4 overflow-x-auto px-4">
      <ul className="flex gap-2">
        {PICKUP_TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={`/store/${storeSlug}/pickups?tab=${tab}`}
              aria-current={tab === current ? 'page' : undefined}
              className={cn(
                'inline-flex min-h-11 items-center gap-2 rounded-lg border px-3 font-medium whitespace-nowrap',
                tab === current ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 bg-white text-stone-900 hover:bg-stone-100',
              )}
            >
              {t(`tabs.${tab}`)}
              <span className={cn('rounded-full px-2 text-sm', tab === current ? 'bg-white/20' : 'bg-stone-100')}>{counts[tab]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
