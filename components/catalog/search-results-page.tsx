import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/catalog/pagination';
import { ProductGrid } from '@/components/catalog/product-grid';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { SearchIcon } from '@/components/ui/icons';
import type { AppLocale } from '@/i18n/routing';
import { cachedSearchResults } from '@/lib/catalog/cached-catalog';

export async function searchMetadata(locale: AppLocale, query: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'common.search' });
  return {
    title: query ? t('metaTitleWithQuery', { query }) : t('metaTitle'),
    robots: { index: false },
  };
}

/** The search page for `query` (already read from the address): its results, or what to do. */
export async function SearchResultsPage({ locale, query, page }: { locale: AppLocale; query: string; page: number }) {
  const [t, results] = await Promise.all([
    getTranslations({ locale, namespace: 'common.search' }),
    query ? cachedSearchResults(query, locale, page) : null,
  ]);

  return (
    <Container className="py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t('title')}</h1>
      {!query || !results ? (
        <EmptyState className="mt-6" icon={<SearchIcon />} title={t('noQueryTitle')} text={t('noQueryText')} />
      ) : (
        <>
          <p className="mt-2 text-lg break-words text-stone-700">
            {t.rich('resultsFor', {
              query,
              strong: (chunks) => <strong className="font-semibold text-stone-900">{chunks}</strong>,
            })}
            <span className="mx-2" aria-hidden="true">
              ·
            </span>
            {t('resultCount', { count: results.total })}
          </p>
          {results.total > 0 ? (
            <section aria-labelledby="results-title" className="mt-6">
              <h2 id="results-title" className="sr-only">
                {t('results')}
              </h2>
              <ProductGrid products={results.items} preloadCount={2} />
              <Pagination
                page={results.page}
                pageCount={results.pageCount}
                hrefFor={(p) => ({ pathname: '/search', query: p > 1 ? { q: query, page: String(p) } : { q: query } })}
              />
            </section>
          ) : (
            <EmptyState
              className="mt-6"
              icon={<SearchIcon />}
              title={t('noResultsTitle')}
              text={t('noResultsText')}
              action={
                <ButtonLink href="/" variant="secondary">
                  {t('backHome')}
                </ButtonLink>
              }
            />
          )}
        </>
      )}
    </Container>
  );
}
