import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { CounterReceiptSlip } from '@/components/store/counter/counter-receipt-slip';
import { PrintButton } from '@/components/ui/print-button';
import { ButtonLink } from '@/components/ui/button';
import { findStoreCounterReceipt } from '@/lib/counter/find-store-counter-receipt';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

type Props = { params: Promise<{ locale: string; storeSlug: string; number: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storeCounter.receipt' });
  return { title: t('title') };
}

/** A counter sale's receipt, for printing on an 80 mm receipt printer; this store's staff (or the owner) only. */
export default async function CounterReceiptPage({ params }: Props) {
  const [, { storeSlug, number }] = await Promise.all([pageLocale(params), params]);
  const { store } = await requireStoreStaff({ slug: storeSlug }, `/store/${storeSlug}/sell/receipt/${number}`);
  const receipt = /^\d{1,9}$/.test(number) ? await findStoreCounterReceipt(store.id, Number(number)) : null;
  if (!receipt) notFound();
  const t = await getTranslations('storeCounter.receipt');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold print:hidden">{t('title')}</h1>
      <div className="flex flex-wrap gap-2 print:hidden">
        <PrintButton label={t('print')} />
        <ButtonLink variant="secondary" href={`/store/${store.slug}/sell`}>
          {t('back')}
        </ButtonLink>
      </div>
      <CounterReceiptSlip receipt={receipt} />
    </div>
  );
}
