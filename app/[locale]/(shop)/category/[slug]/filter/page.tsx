import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CategoryPageView } from '@/components/catalog/category-page-view';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { cachedCategories } from '@/lib/catalog/cached-catalog';
import { parseCategoryFilters, type QueryParams } from '@/lib/catalog/category-filters';
import { getCategoryView } from '@/lib/catalog/get-category-view';
import { appUrl } from '@/lib/email/translator';

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<QueryParams> };

// A category filtered, sorted or paged by the GET query of its filter form. Rendered per
// request (it reads the query), never reads cookies or the session; not indexed by search
// engines, which are pointed to the plain category page.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  const [categories, t] = await Promise.all([cachedCategories(locale), getTranslations({ locale, namespace: 'catalog.category' })]);
  const category = categories.find((c) => c.slug === slug);
  if (!category) return {};
  return {
    title: t('filteredMetaTitle', { category: category.name }),
    robots: { index: false, follow: true },
    alternates: { canonical: appUrl(`/category/${slug}`, locale) },
  };
}

export default async function FilteredCategoryPage({ params, searchParams }: Props) {
  const [locale, { slug }, query] = await Promise.all([pageLocale(params), params, searchParams]);
  const view = await getCategoryView({ slug, locale, filters: parseCategoryFilters(query) });
  if (!view) notFound();
  return <CategoryPageView view={view} />;
}
