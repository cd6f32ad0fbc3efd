import { useLocale, useTranslations } from 'next-intl';
import { formatClock } from '@/lib/orders/opening-hours';
import type { DayOpening } from '@/lib/stores/week-ahead';

/** The next seven days, today first; a day with other hours than usual shows why. */
export function WeekHours({ days }: { days: readonly DayOpening[] }) {
  const t = useTranslations('media.stores');
  const locale = useLocale();
  // The dates are calendar dates (YYYY-MM-DD), so they are formatted as UTC to stay that day.
  const dayName = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  return (
    <dl className="flex flex-col gap-1">
      {days.map((day, index) => (
        <div key={day.date} className={index === 0 ? 'flex gap-3 font-semibold' : 'flex gap-3'}>
          <dt className="min-w-28">
            {dayName.format(new Date(`${day.date}T00:00:00Z`))}
            {index === 0 ? <span className="font-normal text-stone-700"> ({t('today')})</span> : null}
          </dt>
          <dd className="tabular-nums">
            {day.hours
              ? t('hoursRange', { opens: formatClock(day.hours.opensAt, locale), closes: formatClock(day.hours.closesAt, locale) })
              : t('closed')}
            {day.exception?.note ? <span className="block text-sm font-normal text-amber-900">{day.exception.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
