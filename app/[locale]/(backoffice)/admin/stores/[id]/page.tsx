import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getStoreForEdit } from '@/lib/admin/stores/get-store-for-edit';
import { requireOwner } from '@/lib/auth/require';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { ExceptionList } from '@/components/admin/stores/exception-list';
import { StoreForm } from '@/components/admin/stores/store-form';
import { storeFormValues } from '@/components/admin/stores/store-form-values';
import { FormStatus } from '@/components/ui/form-status';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Pick<Props, 'params'>) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminStores.edit' });
  return { title: t('title') };
}

export default async function EditStorePage({ params, searchParams }: Props) {
  await pageLocale(params);
  const { id } = await params;
  await requireOwner(`/admin/stores/${id}`);
  const [store, { saved }, t] = await Promise.all([getStoreForEdit(id), searchParams, getTranslations('adminStores.edit')]);
  if (!store) notFound();
  const today = helsinkiClock(new Date()).date;
  return (
    <div>
      <Link href="/admin/stores" className="text-sm underline underline-offset-4">
        {t('back')}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{store.name}</h1>
      <FormStatus className="mt-4" message={saved === 'created' ? t('created') : saved === 'updated' ? t('updated') : null} tone="success" />
      <StoreForm key={store.id} values={storeFormValues(store)} />
      <ExceptionList store={store} today={today} />
    </div>
  );
}
