import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { listCategoryOptions } from '@/lib/admin/products/list-category-options';
import { listShelfLabels, MAX_SHELF_LABELS } from '@/lib/admin/products/list-shelf-labels';
import { readShelfLabelChoice } from '@/lib/admin/products/shelf-label-params';
import { requireOwner } from '@/lib/auth/require';
import { formatCents } from '@/lib/money';
import { LabelChoiceForm } from '@/components/admin/labels/label-choice-form';
import { LABELS_PER_SHEET, LabelSheets } from '@/components/admin/labels/label-sheets';
import { EmptyState } from '@/components/ui/empty-state';
import { Link } from '@/i18n/navigation';
import { PrintButton } from '@/components/ui/print-button';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminLabels' });
  return { title: t('title') };
}

/** Shelf labels for the products chosen in the list (?ids=…) or by a search or category. */
export default async function ShelfLabelsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await requireOwner('/admin/products/labels');
  const choice = readShelfLabelChoice(await searchParams);
  const [{ labels, more }, categories, t] = await Promise.all([listShelfLabels(choice, locale), listCategoryOptions(locale), getTranslations('adminLabels')]);
  const filter = choice.kind === 'filter' ? choice : { q: '', categoryId: null };
  return (
    <div className="flex flex-col gap-6 print:block">
      <div className="flex flex-col gap-4 print:hidden">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 max-w-prose text-stone-700">{t('intro')}</p>
          <p className="mt-1 max-w-prose text-stone-700">{t('fromList')}</p>
          <Link href="/admin/products" className="mt-2 inline-block text-brand-800 underline">
            {t('backToList')}
          </Link>
        </div>
        <LabelChoiceForm q={filter.q} categoryId={filter.categoryId} categories={categories} />
        {more && <p className="rounded-lg border border-amber-700/40 bg-amber-50 px-3 py-2.5 text-sm font-medium text-amber-900">{t('more', { max: MAX_SHELF_LABELS })}</p>}
        {labels.length > 0 && (
          <div className="flex flex-wrap items-center gap-4">
            <PrintButton label={t('print')} />
            <p className="text-stone-700">{t('count', { count: labels.length, sheets: Math.ceil(labels.length / LABELS_PER_SHEET) })}</p>
          </div>
        )}
      </div>
      {choice.kind === 'none' ? (
        <EmptyState title={t('noneChosenTitle')} text={t('noneChosenText')} />
      ) : labels.length === 0 ? (
        <EmptyState title={t('emptyTitle')} text={t('emptyText')} />
      ) : (
        <LabelSheets labels={labels} priceOf={(cents) => formatCents(cents, locale)} />
      )}
    </div>
  );
}
