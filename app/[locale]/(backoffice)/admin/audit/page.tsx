import { getTranslations } from 'next-intl/server';
import { AuditFilterForm } from '@/components/admin/audit/audit-filter-form';
import { AuditTable } from '@/components/admin/audit/audit-table';
import { Pagination } from '@/components/catalog/pagination';
import { EmptyState } from '@/components/ui/empty-state';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { auditQuery, readAuditFilters } from '@/lib/admin/audit/audit-filters';
import { listAuditEntries } from '@/lib/admin/audit/list-audit-entries';
import { listAuditFilterOptions } from '@/lib/admin/audit/list-audit-filter-options';
import { requireOwner } from '@/lib/auth/require';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminAudit' });
  return { title: t('title') };
}

/** Who changed what: the audit log with filters and pages. */
export default async function AuditLogPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const filters = readAuditFilters(await searchParams);
  await requireOwner('/admin/audit');
  const [page, options, t] = await Promise.all([listAuditEntries(filters), listAuditFilterOptions(), getTranslations('adminAudit')]);
  const filtered = Object.keys(auditQuery(filters, 1)).length > 0;

  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro')}</p>
      <div className="mt-6">
        <AuditFilterForm filters={filters} options={options} />
      </div>
      <p className="mt-6 text-stone-800" role="status">
        {t('count', { total: page.total })}
      </p>
      {page.items.length === 0 ? (
        <EmptyState className="mt-4" title={t('emptyTitle')} text={filtered ? t('emptyFiltered') : t('emptyAll')} />
      ) : (
        <div className="mt-4">
          <AuditTable entries={page.items} />
        </div>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => ({ pathname: '/admin/audit', query: auditQuery(filters, p) })} />
    </div>
  );
}
