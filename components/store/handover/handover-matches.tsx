import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { HandoverMatch } from '@/lib/pickups/find-handover-matches';
import { PickupStatusBadge } from './pickup-status-badge';

/** A name or phone search's pickups at this store, each a big tap target to its hand-over page. */
export function HandoverMatches({ storeSlug, query, matches }: { storeSlug: string; query: string; matches: readonly HandoverMatch[] }) {
  const t = useTranslations('storeHandover');
  const format = useFormatter();
  return (
    <section aria-labelledby="handover-matches-title" className="flex flex-col gap-3">
      <h2 id="handover-matches-title" className="text-xl font-semibold">
        {t('find.results')}
      </h2>
      <p className="text-stone-700">{t('find.resultsFor', { query, count: matches.length })}</p>
      <ul className="flex flex-col gap-2">
        {matches.map((match) => (
          <li key={match.number}>
            <Link
              href={`/store/${storeSlug}/handover/${match.number}`}
              className="flex min-h-11 flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-xl border border-stone-300 bg-white px-4 py-3 no-underline hover:border-brand-700 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-brand-700"
            >
              <span className="flex flex-col">
                <span className="font-semibold text-stone-900">
                  {t('handover.title', { number: String(match.number) })} · {match.name}
                </span>
                <span className="text-sm text-stone-700">
                  {[match.phone, t('find.placed', { date: format.dateTime(match.placedAt, { dateStyle: 'medium' }) })].filter(Boolean).join(' · ')}
                </span>
              </span>
              <PickupStatusBadge status={match.status} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
