import { useFormatter, useTranslations } from 'next-intl';

type TimelineEvent = { id: string; type: string; createdAt: Date };

/** The order's steps, oldest first ("Tilaus vastaanotettu", "Maksu vastaanotettu" ...). */
export function OrderTimeline({ events, headingId }: { events: readonly TimelineEvent[]; headingId: string }) {
  const t = useTranslations('orders.timeline');
  const format = useFormatter();
  const label = (type: string) => {
    const key = `events.${type}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : t('other');
  };
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold text-stone-900">
        {t('title')}
      </h2>
      <ol className="mt-3 flex flex-col gap-3 border-l-2 border-brand-200 pl-4">
        {events.map((event) => (
          <li key={event.id} className="relative">
            <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-3 rounded-full bg-brand-700" />
            <p className="font-medium text-stone-900">{label(event.type)}</p>
            <p className="text-sm text-stone-700">
              <time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
