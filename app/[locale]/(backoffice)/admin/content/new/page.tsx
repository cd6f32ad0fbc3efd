import { getFormatter, getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { requireOwner } from '@/lib/auth/require';
import { EDITABLE_CONTENT_TYPES } from '@/lib/content/content-schemas';
import { getContentEditorOptions } from '@/lib/content/get-content-editor-options';
import { ContentEditor } from '@/components/admin/content/content-editor';
import { newEditorValues, toClientOptions } from '@/components/admin/content/to-editor-values';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ type?: string | string[] }> };

async function readType(searchParams: Props['searchParams']) {
  const { type } = await searchParams;
  return EDITABLE_CONTENT_TYPES.find((t) => t === (Array.isArray(type) ? type[0] : type)) ?? 'STORY';
}

export async function generateMetadata({ params, searchParams }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminContent.editor' });
  return { title: t(`newTitle.${await readType(searchParams)}`) };
}

export default async function NewContentPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const type = await readType(searchParams);
  await requireOwner(`/admin/content/new?type=${type}`);
  const [options, t, format] = await Promise.all([getContentEditorOptions(locale), getTranslations('adminContent.editor'), getFormatter()]);
  const clientOptions = toClientOptions(options, (at) => format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' }));
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/content" className="text-brand-800 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-bold">{t(`newTitle.${type}`)}</h1>
      <ContentEditor values={newEditorValues(type, locale)} options={clientOptions} productNames={{}} />
    </div>
  );
}
