import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { deskReturnPath, deskWalkInPath } from '@/lib/returns/desk-paths';
import type { DeskMatch } from '@/lib/returns/find-desk-matches';
import { ReturnStatusBadge } from '@/components/returns/return-status-badge';

const rowLink =
  'flex min-h-11 flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-xl border border-stone-300 bg-white px-4 py-3 no-underline ' +
  'hover:border-brand-700 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-brand-700';

/** Several things matched the search (e.g. a customer's e-mail): choose one. */
export async function DeskMatches({ storeSlug, query, matches }: { storeSlug: string; query: string; matches: readonly DeskMatch[] }) {
  const t = await getTranslations('storeReturns');
  const format = await getFormatter();
  return (
    <section aria-labelledby="desk-matches" className="flex flex-col gap-3">
      <h2 id="desk-matches" className="text-xl font-semibold">
        {t('search.resultsTitle', { query })}
      </h2>
      <ul className="flex flex-col gap-2">
        {matches.map((match) => (
          <li key={`${match.kind}-${match.number}`}>
            {match.kind === 'return' ? (
              <Link href={deskReturnPath(storeSlug, match.number)} className={rowLink}>
                <span className="flex flex-col">
                  <span className="font-semibold text-stone-900">{t('search.returnMatch', { number: String(match.number) })}</span>
                  <span className="text-sm text-stone-700">{t('search.returnMatchDetail', { order: String(match.orderNumber), name: match.name })}</span>
                </span>
                <ReturnStatusBadge status={match.status} wording="staff" />
              </Link>
            ) : (
              <Link href={deskWalkInPath(storeSlug, match.number)} className={rowLink}>
                <span className="flex flex-col">
                  <span className="font-semibold text-stone-900">{t('search.orderMatch', { number: String(match.number) })}</span>
                  <span className="text-sm text-stone-700">
                    {t('search.orderMatchDetail', { name: match.name, date: format.dateTime(match.placedAt, { dateStyle: 'medium' }) })}
                  </span>
                </span>
                <span className="text-sm text-stone-700">{t(`orderReturnStatus.${match.returnStatus}`)}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
