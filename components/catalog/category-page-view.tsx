import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { SearchIcon, SparkleIcon } from '@/components/ui/icons';
import { activeFilterCount } from '@/lib/catalog/category-filters';
import type { CategoryView } from '@/lib/catalog/get-category-view';
import { Breadcrumbs } from './breadcrumbs';
import { CategoryFilterForm } from './category-filter-form';
import { categoryListingHref, clearedFiltersHref } from './category-links';
import { CategoryList } from './category-list';
import { CategorySortForm } from './category-sort-form';
import { Pagination } from './pagination';
import { ProductGrid } from './product-grid';

/** A category page: breadcrumbs, title, subcategories, filters, sort, products and pages. */
export function CategoryPageView({ view }: { view: CategoryView }) {
  const t = useTranslations('catalog');
  const { category, filters, products } = view;
  const ancestors = view.path.slice(0, -1);
  const filtered = activeFilterCount(filters) > 0;

  return (
    <Container className="py-6 sm:py-10">
      <Breadcrumbs
        items={[
          { name: t('breadcrumbs.categories'), href: '/category' },
          ...ancestors.map((c) => ({ name: c.name, href: `/category/${c.slug}` })),
        ]}
        current={category.name}
      />
      <header className="mt-4">
        <h1 className="text-3xl font-bold tracking-tight text-stone-900">{category.name}</h1>
        {category.description ? <p className="mt-2 max-w-prose text-lg text-stone-700">{category.description}</p> : null}
      </header>

      {view.subcategories.length ? (
        <section aria-labelledby="subcategories-title" className="mt-8">
          <h2 id="subcategories-title" className="text-xl font-semibold text-stone-900">
            {t('category.subcategories')}
          </h2>
          <div className="mt-3">
            <CategoryList categories={view.subcategories.map((c) => ({ ...c, count: c.totalCount }))} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="products-title" className="mt-8">
        <h2 id="products-title" className="sr-only">
          {t('category.products')}
        </h2>
        <div className="flex flex-col gap-4 lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start lg:gap-8">
          <CategoryFilterForm slug={category.slug} filters={filters} facets={view.facets} stores={view.stores} />
          <div>
            <div className="flex flex-wrap items-end justify-between gap-3">
              <p className="font-medium text-stone-800">{t('category.productCount', { count: products.total })}</p>
              {products.total > 1 ? <CategorySortForm slug={category.slug} filters={filters} /> : null}
            </div>
            {products.items.length ? (
              <ProductGrid products={products.items} preloadCount={2} className="mt-6" />
            ) : products.total > 0 ? (
              <EmptyState
                className="mt-6"
                icon={<SearchIcon />}
                title={t('category.pastLastPageTitle')}
                text={t('category.pastLastPageText')}
                action={<ButtonLink href={categoryListingHref(category.slug, { ...filters, page: 1 })}>{t('category.firstPage')}</ButtonLink>}
              />
            ) : filtered ? (
              <EmptyState
                className="mt-6"
                icon={<SearchIcon />}
                title={t('category.noMatchTitle')}
                text={t('category.noMatchText')}
                action={<ButtonLink href={clearedFiltersHref(category.slug, filters)}>{t('filters.clear')}</ButtonLink>}
              />
            ) : (
              <EmptyState
                className="mt-6"
                icon={<SparkleIcon />}
                title={t('category.emptyTitle')}
                text={t('category.emptyText')}
                action={<ButtonLink href="/category" variant="secondary">{t('category.allCategories')}</ButtonLink>}
              />
            )}
            <Pagination
              page={products.page}
              pageCount={products.pageCount}
              hrefFor={(page) => categoryListingHref(category.slug, { ...filters, page })}
            />
          </div>
        </div>
      </section>
    </Container>
  );
}
