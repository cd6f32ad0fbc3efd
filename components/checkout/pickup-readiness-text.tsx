import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { PickupReadiness } from '@/lib/checkout/pickup-options';
import { formatClock } from '@/lib/orders/opening-hours';

/** "Valmis noudettavaksi tänään noin klo 14.30" / "Noudettavissa 2–3 arkipäivän kuluttua". */
export function PickupReadinessText({ readiness }: { readiness: PickupReadiness }) {
  const t = useTranslations('checkout.pickup');
  const format = useFormatter();
  const locale = useLocale();
  if (readiness.kind === 'unavailable') return <>{t('unavailable')}</>;
  if (readiness.kind === 'transfer') {
    return (
      <>
        {t('transfer', { min: readiness.minDays, max: readiness.maxDays })}
        <span className="block">{t('transferHint')}</span>
      </>
    );
  }
  const time = formatClock(readiness.atMinutes, locale);
  if (readiness.dayOffset === 0) return <>{t('readyToday', { time })}</>;
  if (readiness.dayOffset === 1) return <>{t('readyTomorrow', { time })}</>;
  // Noon UTC of the Helsinki date: the same calendar day in Helsinki.
  const date = format.dateTime(new Date(`${readiness.date}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'numeric' });
  return <>{t('readyOn', { date, time })}</>;
}
