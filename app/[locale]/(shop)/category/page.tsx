import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { CategoryList } from '@/components/catalog/category-list';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { SparkleIcon } from '@/components/ui/icons';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { cachedCategories } from '@/lib/catalog/cached-catalog';
import { childrenOf, subtreeCounts } from '@/lib/catalog/category-tree';
import { appUrl } from '@/lib/email/translator';

type Props = { params: Promise<{ locale: string }> };

// Static (ISR): regenerated when the catalog changes.
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'catalog.categories' });
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: {
      canonical: appUrl('/category', locale),
      languages: { fi: appUrl('/category', 'fi'), en: appUrl('/category', 'en'), 'x-default': appUrl('/category', 'fi') },
    },
  };
}

/** Every top-level category, and the categories under each. */
export default async function CategoryIndexPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, categories] = await Promise.all([getTranslations('catalog.categories'), cachedCategories(locale)]);
  const totals = subtreeCounts(categories);
  const item = (c: (typeof categories)[number]) => ({ id: c.id, slug: c.slug, name: c.name, count: totals.get(c.id) ?? 0 });
  const topLevel = childrenOf(categories, null);

  return (
    <Container className="py-6 sm:py-10">
      <Breadcrumbs items={[]} current={t('title')} />
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-stone-900">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-lg text-stone-700">{t('intro')}</p>
      {topLevel.length ? (
        <div className="mt-8 flex flex-col gap-8">
          <CategoryList categories={topLevel.map(item)} headingLevel={2} />
          {topLevel
            .filter((parent) => childrenOf(categories, parent.id).length > 0)
            .map((parent) => (
              <section key={parent.id} aria-labelledby={`children-${parent.id}`}>
                <h2 id={`children-${parent.id}`} className="text-xl font-semibold text-stone-900">
                  {parent.name}
                </h2>
                <div className="mt-3">
                  <CategoryList categories={childrenOf(categories, parent.id).map(item)} />
                </div>
              </section>
            ))}
        </div>
      ) : (
        <EmptyState className="mt-8" icon={<SparkleIcon />} title={t('emptyTitle')} text={t('emptyText')} />
      )}
    </Container>
  );
}
