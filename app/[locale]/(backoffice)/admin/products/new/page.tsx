import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { listCategoryOptions } from '@/lib/admin/products/list-category-options';
import { requireOwner } from '@/lib/auth/require';
import { emptyProduct } from '@/components/admin/products/editor-values';
import { ProductEditor } from '@/components/admin/products/product-editor';
import { Link } from '@/i18n/navigation';
import { vatRateOptions } from '@/lib/admin/products/vat-rate-options';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminProducts.editor' });
  return { title: t('newTitle') };
}

export default async function NewProductPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requireOwner('/admin/products/new');
  const [categories, vatRates, t] = await Promise.all([listCategoryOptions(locale), vatRateOptions(locale), getTranslations('adminProducts.editor')]);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/products" className="text-brand-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t('newTitle')}</h1>
      <p className="text-stone-700">{t('newIntro')}</p>
      <ProductEditor values={emptyProduct} categories={categories} vatRates={vatRates} />
    </div>
  );
}
