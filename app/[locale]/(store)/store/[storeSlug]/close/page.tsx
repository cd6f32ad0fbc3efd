import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { DayCloseForm } from '@/components/store/counter/day-close-form';
import { DayEntries, DayFiguresTables } from '@/components/store/counter/day-figures-tables';
import { FormStatus } from '@/components/ui/form-status';
import { businessDate } from '@/lib/counter/day-close/business-date';
import { loadDayFigures } from '@/lib/counter/day-close/day-figures';
import { listDayCloses } from '@/lib/counter/day-close/list-day-closes';
import { prisma } from '@/lib/db';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

type Props = {
  params: Promise<{ locale: string; storeSlug: string }>;
  searchParams: Promise<{ date?: string | string[]; done?: string | string[] }>;
};

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storeCounter.close' });
  return { title: t('title') };
}

/**
 * The day's close at this store: what the counter took and gave back by method and VAT rate,
 * and the form for what was counted. A closed day shows its entries and takes corrections only.
 */
export default async function DayClosePage({ params, searchParams }: Props) {
  const [, { storeSlug }, query] = await Promise.all([pageLocale(params), params, searchParams]);
  const { store } = await requireStoreStaff({ slug: storeSlug }, `/store/${storeSlug}/close`);
  const asked = typeof query.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(query.date) ? query.date : null;
  const date = asked ?? businessDate(new Date());
  const [t, figures, entries] = await Promise.all([getTranslations('storeCounter.close'), loadDayFigures(prisma, store.id, date), listDayCloses(store.id, date)]);
  const closed = entries.length > 0;
  const done = query.done === 'close' ? t('closed') : query.done === 'correct' ? t('corrected') : null;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-stone-700">{t('intro', { date })}</p>
      </div>
      {done ? <FormStatus tone="success" message={done} /> : null}
      <DayFiguresTables figures={figures} />
      {closed ? <DayEntries entries={entries} /> : null}
      <section aria-labelledby="day-close-form-title" className="flex flex-col gap-3">
        <h2 id="day-close-form-title" className="text-lg font-semibold">
          {closed ? t('correctTitle') : t('formTitle')}
        </h2>
        {closed ? <p>{t('closedNote')}</p> : null}
        <DayCloseForm storeId={store.id} date={date} kind={closed ? 'correct' : 'close'} />
      </section>
    </div>
  );
}
