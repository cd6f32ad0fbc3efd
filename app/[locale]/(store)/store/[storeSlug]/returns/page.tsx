import { getTranslations } from 'next-intl/server';
import { DeskMatches } from '@/components/store/returns/desk-matches';
import { DeskSearch } from '@/components/store/returns/desk-search';
import { RefundsNeedingAttention, RequestedReturns } from '@/components/store/returns/desk-lists';
import { EmptyState } from '@/components/ui/empty-state';
import { redirect } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { listDeskRefundsNeedingAttention } from '@/lib/returns/desk-list-attention';
import { listDeskRequestedReturns } from '@/lib/returns/desk-list-requested';
import { deskPath, deskReturnPath, deskWalkInPath } from '@/lib/returns/desk-paths';
import { findDeskMatches } from '@/lib/returns/find-desk-matches';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';
import { receivesReturns } from '@/lib/stores/takes-returns';

type Props = {
  params: Promise<{ locale: string; storeSlug: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
};

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storeReturns' });
  return { title: t('title') };
}

/**
 * The returns desk: one search box (return QR or number, order number, e-mail), the returns
 * announced for this store, and refunds that need a retry. `?q=` shows a search's matches.
 */
export default async function ReturnsDeskPage({ params, searchParams }: Props) {
  const [locale, { storeSlug }, { q }] = await Promise.all([pageLocale(params), params, searchParams]);
  const { store } = await requireStoreStaff({ slug: storeSlug }, deskPath(storeSlug));
  const t = await getTranslations('storeReturns');
  if (!receivesReturns(store)) {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <EmptyState title={t('disabled')} />
      </div>
    );
  }

  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? '';
  const matches = query ? await findDeskMatches(query) : [];
  if (matches.length === 1) {
    const [match] = matches;
    redirect({ href: match.kind === 'return' ? deskReturnPath(store.slug, match.number) : deskWalkInPath(store.slug, match.number), locale });
  }
  const [requested, attention] = await Promise.all([listDeskRequestedReturns(store.id), listDeskRefundsNeedingAttention(store.id)]);

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <DeskSearch storeId={store.id} query={query} />
        {query && matches.length === 0 ? (
          <p role="status" className="rounded-lg border border-red-600/40 bg-red-50 p-3 font-medium text-red-800">
            {t('search.notFound', { query })}
          </p>
        ) : null}
      </div>
      {matches.length > 1 ? <DeskMatches storeSlug={store.slug} query={query} matches={matches} /> : null}
      <RefundsNeedingAttention storeId={store.id} storeSlug={store.slug} refunds={attention} locale={locale} />
      <RequestedReturns storeSlug={store.slug} returns={requested} />
    </div>
  );
}
