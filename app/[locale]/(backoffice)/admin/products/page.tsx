import { getFormatter, getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { listAdminProducts } from '@/lib/admin/products/list-admin-products';
import { listCategoryOptions } from '@/lib/admin/products/list-category-options';
import { LOW_STOCK_LIMIT, productFiltersQuery, readProductFilters } from '@/lib/admin/products/list-params';
import { requireOwner } from '@/lib/auth/require';
import { formatCents } from '@/lib/money';
import { ProductFilters } from '@/components/admin/products/product-filters';
import { ProductTable, type ProductTableRow } from '@/components/admin/products/product-table';
import { Pagination } from '@/components/catalog/pagination';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminProducts.list' });
  return { title: t('title') };
}

export default async function AdminProductsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requireOwner('/admin/products');
  const filters = readProductFilters(await searchParams);
  const [result, categories, t, format] = await Promise.all([
    listAdminProducts(filters, locale),
    listCategoryOptions(locale),
    getTranslations('adminProducts.list'),
    getFormatter(),
  ]);
  const rows: ProductTableRow[] = result.rows.map((row) => {
    const price =
      row.minPriceCents === null
        ? '–'
        : row.minPriceCents === row.maxPriceCents
          ? formatCents(row.minPriceCents, locale)
          : `${formatCents(row.minPriceCents, locale)} – ${formatCents(row.maxPriceCents!, locale)}`;
    const stock = row.available === 0 ? 'out' : row.available <= LOW_STOCK_LIMIT ? 'low' : 'in';
    return {
      id: row.id,
      name: locale === 'en' ? row.nameEn : row.nameFi,
      category: locale === 'en' ? row.categoryNameEn : row.categoryNameFi,
      status: row.status,
      price,
      variantCount: row.variantCount,
      available: row.available,
      stockLabel: t(`stock.${stock}`),
      stockTone: stock === 'out' ? 'danger' : stock === 'low' ? 'warning' : 'success',
      updated: format.dateTime(row.updatedAt, { dateStyle: 'short', timeStyle: 'short' }),
    };
  });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 text-stone-700">{t('count', { count: result.total })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href="/admin/products/labels" variant="secondary">
            {t('labels')}
          </ButtonLink>
          <ButtonLink href="/admin/products/new">{t('new')}</ButtonLink>
        </div>
      </div>
      <ProductFilters filters={filters} categories={categories} />
      {rows.length === 0 ? (
        <EmptyState title={t('emptyTitle')} text={t('emptyText')} />
      ) : (
        <ProductTable rows={rows} caption={t('caption', { page: result.page, pageCount: result.pageCount })} />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => ({ pathname: '/admin/products', query: productFiltersQuery(filters, { page }) })}
      />
    </div>
  );
}
