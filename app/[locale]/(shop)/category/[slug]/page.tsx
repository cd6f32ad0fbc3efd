import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryPageView } from '@/components/catalog/category-page-view';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { cachedDefaultCategoryView } from '@/lib/catalog/cached-catalog';
import { listCategories } from '@/lib/catalog/list-categories';
import { appUrl } from '@/lib/email/translator';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Static (ISR): the category as it first opens (newest first, unfiltered, page 1), regenerated
// when products or categories change. Filtering, sorting and later pages go to ./filter, which
// reads the query and is rendered per request.
export const revalidate = 3600;
export const dynamicParams = true;

export async function generateStaticParams() {
  const categories = await listCategories('fi');
  return categories.map((category) => ({ slug: category.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  const view = await cachedDefaultCategoryView(slug, locale);
  if (!view) return {};
  const path = `/category/${slug}`;
  return {
    title: view.category.name,
    description: view.category.description ?? undefined,
    alternates: {
      canonical: appUrl(path, locale),
      languages: { fi: appUrl(path, 'fi'), en: appUrl(path, 'en'), 'x-default': appUrl(path, 'fi') },
    },
  };
}

export default async function CategoryPage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const view = await cachedDefaultCategoryView(slug, locale);
  if (!view) notFound();
  return <CategoryPageView view={view} />;
}
