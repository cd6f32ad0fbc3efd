import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireOwner } from '@/lib/auth/require';
import { StoreForm } from '@/components/admin/stores/store-form';
import { storeFormValues } from '@/components/admin/stores/store-form-values';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminStores.edit' });
  return { title: t('newTitle') };
}

export default async function NewStorePage({ params }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/stores/new');
  const t = await getTranslations('adminStores.edit');
  return (
    <div>
      <Link href="/admin/stores" className="text-sm underline underline-offset-4">
        {t('back')}
      </Link>
      <h1 className="mt-2 text-2xl font-bold">{t('newTitle')}</h1>
      <p className="mt-1 max-w-prose text-stone-700">{t('newIntro')}</p>
      <StoreForm values={storeFormValues(null)} />
    </div>
  );
}
