import { useLocale, useTranslations } from 'next-intl';
import { formatClock, groupOpeningHours, type IsoWeekday, type OpeningHoursRow } from '@/lib/orders/opening-hours';

/** A store's weekly hours, days with the same hours grouped ("ma–pe 10.00–19.00"). */
export function OpeningHoursList({ hours, className }: { hours: readonly OpeningHoursRow[]; className?: string }) {
  const t = useTranslations('orders');
  const locale = useLocale();
  const day = (weekday: number) => t(`weekdays.${weekday as IsoWeekday}`);
  return (
    <dl className={className}>
      {groupOpeningHours(hours).map((group) => (
        <div key={group.fromWeekday} className="flex gap-3">
          <dt className="min-w-16">{group.fromWeekday === group.toWeekday ? day(group.fromWeekday) : `${day(group.fromWeekday)}–${day(group.toWeekday)}`}</dt>
          <dd className="tabular-nums">{`${formatClock(group.opensAt, locale)}–${formatClock(group.closesAt, locale)}`}</dd>
        </div>
      ))}
    </dl>
  );
}
