import type { Metadata } from 'next';
import { SearchResultsPage, searchMetadata } from '@/components/catalog/search-results-page';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { readPageParam } from '@/lib/catalog/pagination';
import { readQueryParam } from '@/lib/catalog/search-terms';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
};

// /search without a query (what to search for). A search with one is rewritten in next.config.ts
// to search/[query]/[page], which is rendered once per query and kept like the other catalog
// pages; this page answers it too, when reached otherwise.
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [locale, { q }] = await Promise.all([metadataLocale(params), searchParams]);
  return searchMetadata(locale, readQueryParam(q));
}

export default async function SearchPage({ params, searchParams }: Props) {
  const [locale, { q, page }] = await Promise.all([pageLocale(params), searchParams]);
  return <SearchResultsPage locale={locale} query={readQueryParam(q)} page={readPageParam(page)} />;
}
