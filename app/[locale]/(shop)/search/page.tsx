import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { SearchIcon } from '@/components/ui/icons';
import type { AppLocale } from '@/i18n/routing';

type Props = {
  params: Promise<{ locale: AppLocale }>;
  searchParams: Promise<{ q?: string | string[] }>;
};

function readQuery(q: string | string[] | undefined): string {
  const value = Array.isArray(q) ? q[0] : q;
  return (value ?? '').trim().slice(0, 200);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, { q }] = await Promise.all([params, searchParams]);
  const query = readQuery(q);
  const t = await getTranslations({ locale, namespace: 'common.search' });
  return {
    title: query ? t('metaTitleWithQuery', { query }) : t('metaTitle'),
    robots: { index: false },
  };
}

// Results come with the catalog and media features; until then every search is empty.
export default async function SearchPage({ params, searchParams }: Props) {
  const [{ locale }, { q }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const query = readQuery(q);
  const t = await getTranslations('common.search');

  return (
    <Container className="py-8 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-stone-900">{t('title')}</h1>
      {query ? (
        <>
          <p className="mt-2 text-lg break-words text-stone-700">
            {t.rich('resultsFor', {
              query,
              strong: (chunks) => <strong className="font-semibold text-stone-900">{chunks}</strong>,
            })}
          </p>
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
        </>
      ) : (
        <EmptyState
          className="mt-6"
          icon={<SearchIcon />}
          title={t('noQueryTitle')}
          text={t('noQueryText')}
        />
      )}
    </Container>
  );
}
