'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { CheckIcon, StoreIcon } from '@/components/ui/icons';
import { formatClock, locationLines, pickupTodayStores } from '@/lib/catalog/availability-view';
import type { ProductAvailability } from '@/lib/catalog/types';

export type AvailabilityState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; data: ProductAvailability };

const statusClasses = { in_stock: 'text-green-800', low: 'text-amber-900', out: 'text-stone-700' } as const;

/**
 * Per location: "Jyväskylä: varastossa · Tampere: vain 2 jäljellä · Verkkokauppa: loppu", and
 * "Nouda tänään: Jyväskylä" for the stores that can have the variant ready today.
 */
export function StoreAvailability({
  state,
  variantId,
  onRetry,
}: {
  state: AvailabilityState;
  variantId: string;
  onRetry: () => void;
}) {
  const t = useTranslations('catalog.availability');
  const locale = useLocale();

  return (
    <section aria-labelledby="availability-title" className="rounded-xl border border-stone-200 bg-stone-50 p-4">
      <h2 id="availability-title" className="flex items-center gap-2 font-semibold text-stone-900">
        <StoreIcon className="size-5 text-brand-700" />
        {t('title')}
      </h2>
      <div aria-live="polite" aria-busy={state.status === 'loading'} className="mt-2">
        {state.status === 'loading' ? <p className="text-stone-700">{t('loading')}</p> : null}
        {state.status === 'error' ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-stone-800">{t('error')}</p>
            <Button variant="secondary" size="sm" onClick={onRetry}>
              {t('retry')}
            </Button>
          </div>
        ) : null}
        {state.status === 'ready' ? <AvailabilityLines data={state.data} variantId={variantId} locale={locale} /> : null}
      </div>
    </section>
  );
}

function AvailabilityLines({ data, variantId, locale }: { data: ProductAvailability; variantId: string; locale: string }) {
  const t = useTranslations('catalog.availability');
  const lines = locationLines(data, variantId);
  const pickup = pickupTodayStores(data, variantId);
  const anyPickupStore = lines.some(({ location }) => location.kind === 'STORE' && location.pickupEnabled);
  const inStockSomewhere = lines.some(({ stock }) => stock.status !== 'out');

  return (
    <>
      <ul className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:gap-x-1">
        {lines.map(({ location, stock }, index) => (
          <li key={location.id} className="text-stone-900">
            <span className="font-medium">
              {location.kind === 'WAREHOUSE' ? t('webShop') : (location.city ?? location.name)}:
            </span>{' '}
            <span className={cn('font-semibold', statusClasses[stock.status])}>
              {stock.status === 'in_stock' ? t('inStock') : stock.status === 'low' ? t('low', { count: stock.quantity ?? 1 }) : t('out')}
            </span>
            {index < lines.length - 1 ? (
              <span aria-hidden="true" className="hidden px-1 text-stone-500 sm:inline">
                ·
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {pickup.length ? (
        <p className="mt-3 flex items-start gap-2 font-semibold text-green-800">
          <CheckIcon className="mt-0.5 size-5 shrink-0" />
          {t('pickupToday', {
            stores: pickup
              .map(({ location, readyAt }) =>
                t('readyAt', { store: location.city ?? location.name, time: formatClock(readyAt, locale) }),
              )
              .join(', '),
          })}
        </p>
      ) : inStockSomewhere && anyPickupStore ? (
        <p className="mt-3 text-sm text-stone-700">{t('noPickupToday')}</p>
      ) : null}
      {!inStockSomewhere ? <p className="mt-3 text-sm text-stone-800">{t('soldOut')}</p> : null}
    </>
  );
}
