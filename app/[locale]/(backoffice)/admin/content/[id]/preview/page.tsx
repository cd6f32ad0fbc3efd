import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n-client-messages';
import { ContentArticle } from '@/components/media/content-article';
import { ButtonLink } from '@/components/ui/button';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireOwner } from '@/lib/auth/require';
import { getContentView } from '@/lib/content/get-content-view';
import { isUuid } from '@/lib/validation/uuid';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminContent.preview' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/**
 * The owner's preview: the page exactly as readers will see it (the public pages' own article
 * component), also for drafts and scheduled content, which are not public.
 */
export default async function ContentPreviewPage({ params }: Props) {
  await pageLocale(params);
  const { id } = await params;
  await requireOwner(`/admin/content/${id}/preview`);
  const content = isUuid(id) ? await getContentView({ id }, { includeUnpublished: true }) : null;
  if (!content) notFound();
  const [t, ts] = await Promise.all([getTranslations('adminContent.preview'), getTranslations('adminContent.statuses')]);
  return (
    <div className="flex flex-col gap-4">
      <div role="note" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-amber-600/40 bg-amber-50 p-4 text-amber-900">
        <p className="font-medium">{t('banner', { status: ts(content.status) })}</p>
        <ButtonLink href={`/admin/content/${content.id}`} variant="secondary">
          {t('back')}
        </ButtonLink>
      </div>
      <div lang={content.locale} className="rounded-xl border border-stone-200 bg-white">
        <ClientMessages extra={['adminContent', 'media', 'events']}>
          <ContentArticle content={content} />
        </ClientMessages>
      </div>
    </div>
  );
}
