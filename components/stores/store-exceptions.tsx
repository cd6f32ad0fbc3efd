import { useLocale, useTranslations } from 'next-intl';
import { formatClock } from '@/lib/orders/opening-hours';
import type { DayException } from '@/lib/stores/week-ahead';

/** Holidays and short days after this week. */
export function StoreExceptions({ exceptions }: { exceptions: readonly DayException[] }) {
  const t = useTranslations('media.stores');
  const locale = useLocale();
  const date = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return (
    <ul className="flex flex-col gap-1">
      {exceptions.map((exception) => (
        <li key={exception.date}>
          <span className="font-medium">{date.format(new Date(`${exception.date}T00:00:00Z`))}</span>{' '}
          <span className="tabular-nums">
            {exception.closed || exception.opensAt === null || exception.closesAt === null
              ? t('closed')
              : t('hoursRange', { opens: formatClock(exception.opensAt, locale), closes: formatClock(exception.closesAt, locale) })}
          </span>
          {exception.note ? <span className="text-stone-700"> – {exception.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
