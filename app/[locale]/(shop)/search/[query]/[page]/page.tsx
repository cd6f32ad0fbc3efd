import type { Metadata } from 'next';
import { SearchResultsPage, searchMetadata } from '@/components/catalog/search-results-page';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { readPageParam } from '@/lib/catalog/pagination';
import { readQueryParam } from '@/lib/catalog/search-terms';

type Props = { params: Promise<{ locale: string; query: string; page: string }> };

// The rewrite hands the query over still percent-encoded (metadata gets it decoded). Queries
// with a % of their own are not rewritten here (next.config.ts), so decoding is always safe.
function searchedFor(segment: string): string {
  try {
    return readQueryParam(decodeURIComponent(segment));
  } catch {
    return readQueryParam(segment);
  }
}

// /search?q=kahvi&page=2, rewritten here by next.config.ts: the results page of one query,
// rendered on its first request and then served from the page cache like the product pages,
// for as long as its results are cached (SEARCH_SECONDS); changes to the catalog revalidate both.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { query }] = await Promise.all([metadataLocale(params), params]);
  return searchMetadata(locale, searchedFor(query));
}

export default async function SearchQueryPage({ params }: Props) {
  const [locale, { query, page }] = await Promise.all([pageLocale(params), params]);
  return <SearchResultsPage locale={locale} query={searchedFor(query)} page={readPageParam(page)} />;
}
