import { getFormatter, getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireOwner } from '@/lib/auth/require';
import { EDITABLE_CONTENT_TYPES } from '@/lib/content/content-schemas';
import { listAdminContent, readContentFilters } from '@/lib/content/list-admin-content';
import { ContentFilters } from '@/components/admin/content/content-filters';
import { ContentTable, type ContentTableRow } from '@/components/admin/content/content-table';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminContent.list' });
  return { title: t('title') };
}

export default async function AdminContentPage({ params, searchParams }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/content');
  const filters = readContentFilters(await searchParams);
  const [rows, t, tl, ts, format] = await Promise.all([
    listAdminContent(filters),
    getTranslations('adminContent.list'),
    getTranslations('adminContent.locales'),
    getTranslations('adminContent.statuses'),
    getFormatter(),
  ]);
  const tableRows: ContentTableRow[] = rows.map((row) => ({
    id: row.id,
    type: row.type,
    title: row.title,
    status: row.status,
    statusNote: row.status === 'SCHEDULED' && row.scheduledAt ? t('scheduledFor', { time: format.dateTime(row.scheduledAt, { dateStyle: 'short', timeStyle: 'short' }) }) : null,
    language: tl(row.locale),
    translation: row.translation
      ? { id: row.translation.id, label: t('openVersion', { locale: tl(row.translation.locale), status: ts(row.translation.status) }) }
      : { id: null, label: t('noTranslation', { locale: tl(row.locale === 'fi' ? 'en' : 'fi') }) },
    updated: format.dateTime(row.updatedAt, { dateStyle: 'short', timeStyle: 'short' }),
  }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 text-stone-700">{t('intro')}</p>
          <p className="mt-1 text-stone-700">{t('count', { count: rows.length })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {EDITABLE_CONTENT_TYPES.map((type) => (
            <ButtonLink key={type} href={{ pathname: '/admin/content/new', query: { type } }} variant={type === 'STORY' ? 'primary' : 'secondary'}>
              {t(`new.${type}`)}
            </ButtonLink>
          ))}
        </div>
      </div>
      <ContentFilters filters={filters} />
      {tableRows.length === 0 ? <EmptyState title={t('emptyTitle')} text={t('emptyText')} /> : <ContentTable rows={tableRows} caption={t('caption')} />}
    </div>
  );
}
