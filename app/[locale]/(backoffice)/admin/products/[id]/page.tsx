import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getProductForEdit } from '@/lib/admin/products/get-product-for-edit';
import { listCategoryOptions } from '@/lib/admin/products/list-category-options';
import { requireOwner } from '@/lib/auth/require';
import { isUuid } from '@/lib/validation/uuid';
import { centsToInput, type ProductValues } from '@/components/admin/products/editor-values';
import { ProductEditor } from '@/components/admin/products/product-editor';
import { ProductStatusBadge } from '@/components/admin/products/status-badge';
import { ButtonLink } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { Link } from '@/i18n/navigation';
import { vatRateOptions } from '@/lib/admin/products/vat-rate-options';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminProducts.editor' });
  return { title: t('editTitle') };
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await requireOwner(`/admin/products/${id}`);
  const product = isUuid(id) ? await getProductForEdit(id) : null;
  if (!product) notFound();
  const [categories, vatRates, t] = await Promise.all([listCategoryOptions(locale), vatRateOptions(locale), getTranslations('adminProducts.editor')]);
  const values: ProductValues = {
    id: product.id,
    slug: product.slug,
    nameFi: product.nameFi,
    nameEn: product.nameEn,
    descriptionFi: product.descriptionFi,
    descriptionEn: product.descriptionEn,
    categoryId: product.categoryId ?? '',
    tags: product.tags.map((t) => t.tag.nameFi).join(', '),
    vatRateBp: product.variants[0]?.vatRateBp ?? 2550,
    status: product.status,
    finalSale: product.finalSale,
    featured: product.featured,
    images: product.images.map((image) => ({ url: image.url, altFi: image.altFi, altEn: image.altEn === image.altFi ? '' : image.altEn })),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      sku: variant.sku,
      ean: variant.ean ?? '',
      size: variant.size ?? '',
      colour: variant.colour ?? '',
      price: centsToInput(variant.priceCents),
      compareAt: centsToInput(variant.compareAtCents),
      active: variant.active,
    })),
  };
  const name = locale === 'en' ? product.nameEn : product.nameFi;
  const { saved } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/products" className="text-brand-800 underline">
        {t('back')}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{name}</h1>
          <ProductStatusBadge status={product.status} />
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/admin/products/${product.id}/stock`} variant="secondary">
            {t('stockLink')}
          </ButtonLink>
          {product.status === 'ACTIVE' ? (
            <ButtonLink href={`/product/${product.slug}`} variant="ghost">
              {t('shopLink')}
            </ButtonLink>
          ) : null}
        </div>
      </div>
      <FormStatus message={saved === 'created' ? t('created') : saved === 'saved' ? t('saved') : null} tone="success" />
      <ProductEditor values={values} categories={categories} vatRates={vatRates} />
    </div>
  );
}
