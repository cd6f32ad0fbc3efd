import { getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { HandoverMatches } from '@/components/store/handover/handover-matches';
import { HandoverSearch } from '@/components/store/handover/handover-search';
import { findHandoverMatches } from '@/lib/pickups/find-handover-matches';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

type Props = {
  params: Promise<{ locale: string; storeSlug: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
};

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storeHandover.find' });
  return { title: t('title') };
}

/** Find the order at the counter: scan, code, number, name or phone. One match opens it at once. */
export default async function HandoverFindPage({ params, searchParams }: Props) {
  const [locale, { storeSlug }, { q }] = await Promise.all([pageLocale(params), params, searchParams]);
  const { store } = await requireStoreStaff({ slug: storeSlug }, `/store/${storeSlug}/handover`);
  const query = (Array.isArray(q) ? q[0] : q)?.trim() ?? '';
  const result = query ? await findHandoverMatches({ storeId: store.id, query }) : null;
  if (result?.kind === 'open') {
    const code = result.code ? `?code=${encodeURIComponent(result.code)}` : '';
    redirect({ href: `/store/${store.slug}/handover/${result.number}${code}`, locale });
  }
  const t = await getTranslations('storeHandover.find');
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-stone-700">{t('intro')}</p>
      </div>
      <HandoverSearch storeSlug={store.slug} query={query} error={result?.kind === 'none' ? t(`none.${result.tried}`, { query }) : undefined} />
      {result?.kind === 'list' ? <HandoverMatches storeSlug={store.slug} query={query} matches={result.matches} /> : null}
    </div>
  );
}
