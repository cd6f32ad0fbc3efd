import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { requireOwner } from '@/lib/auth/require';
import { contentPath } from '@/lib/content/content-paths';
import { getContentEditorOptions } from '@/lib/content/get-content-editor-options';
import { getContentForEditor } from '@/lib/content/get-content-for-editor';
import { utcToHelsinkiLocal } from '@/lib/catalog/helsinki-local-time';
import { isUuid } from '@/lib/validation/uuid';
import { ContentEditor } from '@/components/admin/content/content-editor';
import { ContentStatusBadge } from '@/components/admin/content/content-status-badge';
import { toClientOptions, toEditorValues } from '@/components/admin/content/to-editor-values';
import { WorkflowPanel } from '@/components/admin/content/workflow-panel';
import { FormStatus } from '@/components/ui/form-status';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string | string[] }> };

const DONE = ['created', 'saved', 'published', 'unpublished', 'scheduled', 'translationCreated', 'translationExists'] as const;

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminContent.editor' });
  return { title: t('editTitle') };
}

export default async function EditContentPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  await requireOwner(`/admin/content/${id}`);
  const content = isUuid(id) ? await getContentForEditor(id) : null;
  if (!content) notFound();
  const [options, t, tt, tl, format] = await Promise.all([
    getContentEditorOptions(locale),
    getTranslations('adminContent.editor'),
    getTranslations('adminContent.types'),
    getTranslations('adminContent.locales'),
    getFormatter(),
  ]);
  const time = (at: Date) => format.dateTime(at, { dateStyle: 'medium', timeStyle: 'short' });
  const { done } = await searchParams;
  const doneKey = DONE.find((d) => d === (Array.isArray(done) ? done[0] : done));
  const productNames = Object.fromEntries(Object.entries(content.productNames).map(([slug, n]) => [slug, locale === 'en' ? n.nameEn : n.nameFi]));
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/content" className="text-brand-800 underline">
        {t('back')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{content.title}</h1>
        <ContentStatusBadge status={content.status} />
        <span className="text-stone-700">
          {tt(content.type)}, {tl(content.locale)}
        </span>
      </div>
      <FormStatus message={doneKey ? t(`done.${doneKey}`) : null} tone="success" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 lg:order-1">
          <ContentEditor values={toEditorValues(content)} options={toClientOptions(options, time)} productNames={productNames} />
        </div>
        <div className="lg:order-2">
          <WorkflowPanel
            contentId={content.id}
            locale={content.locale}
            status={content.status}
            scheduledAtLabel={content.status === 'SCHEDULED' && content.scheduledAt ? time(content.scheduledAt) : null}
            scheduledAtInput={content.scheduledAt ? utcToHelsinkiLocal(content.scheduledAt) : ''}
            publishedAtLabel={content.publishedAt ? time(content.publishedAt) : null}
            publicPath={contentPath(content.type, content.locale, content.slug)}
            translation={content.translation}
            eventId={content.event?.id ?? null}
          />
        </div>
      </div>
    </div>
  );
}
