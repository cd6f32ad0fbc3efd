import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ImportCounts } from '@/components/admin/import/import-counts';
import { ImportErrorsTable } from '@/components/admin/import/import-errors-table';
import { ImportProgress } from '@/components/admin/import/import-progress';
import { ImportStatusBadge } from '@/components/admin/import/import-status-badge';
import { StartImportForm } from '@/components/admin/import/start-import-form';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormStatus } from '@/components/ui/form-status';
import { getPathname } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { startImportAction } from '@/lib/actions/admin-import-start';
import { requireOwner } from '@/lib/auth/require';
import { getImportRun } from '@/lib/import/runs/get-import-run';

type Props = { params: Promise<{ locale: string; runId: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminImport.run' });
  return { title: t('title') };
}

export default async function ImportRunPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { runId } = await params;
  await requireOwner(`/admin/import/${runId}`);
  const run = await getImportRun(runId);
  if (!run) notFound();
  const [t, format] = await Promise.all([getTranslations('adminImport'), getFormatter()]);
  const progressUrl = getPathname({ href: `/admin/import/${run.id}/progress`, locale });
  const counts = run.result ?? run.dryRun;
  const validRows = Math.max(run.totalRows, 0);
  const errorRows = counts.invalidRows;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('run.title')}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-700">
          <span>{run.fileName}</span>
          <span aria-hidden="true">·</span>
          <span>{t(`kinds.${run.kind}`)}</span>
          <span aria-hidden="true">·</span>
          <span>{format.dateTime(run.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</span>
          <ImportStatusBadge status={run.status} />
        </p>
        {run.kind === 'PRODUCTS' && run.storeName ? <p className="mt-1 text-stone-700">{t('run.stockStore', { store: run.storeName })}</p> : null}
      </div>
      {run.encoding !== 'utf-8' ? <FormStatus message={t('run.latin1')} tone="error" /> : null}
      {run.status === 'DONE' ? <FormStatus message={t('run.done')} tone="success" /> : null}
      {run.status === 'FAILED' ? <FormStatus message={run.failure === 'errors' ? t('run.failedErrors') : t('run.failed')} tone="error" /> : null}
      <ImportCounts kind={run.kind} counts={counts} done={run.status === 'DONE'} />
      {run.status === 'DRY_RUN' ? (
        <Card as="section" aria-labelledby="start-import" className="flex flex-col gap-3">
          <CardTitle id="start-import">{t('start.title')}</CardTitle>
          {validRows === 0 ? (
            <p className="text-stone-700">{t('start.nothingValid')}</p>
          ) : (
            <>
              <p className="text-stone-700">{errorRows > 0 ? t('start.introErrors') : t('start.intro')}</p>
              <StartImportForm runId={run.id} action={startImportAction} errorRows={errorRows} validRows={validRows} progressUrl={progressUrl} />
            </>
          )}
        </Card>
      ) : null}
      {run.status === 'RUNNING' ? (
        <ImportProgress url={progressUrl} initial={{ status: run.status, processedRows: run.processedRows, totalRows: run.totalRows }} />
      ) : null}
      {run.errors.length > 0 ? (
        <ImportErrorsTable errors={run.errors} total={run.errorCount} />
      ) : (
        <p className="text-stone-700">{t('run.noErrors')}</p>
      )}
      {run.warnings.length > 0 ? <ImportErrorsTable errors={run.warnings} total={run.warnings.length} warnings /> : null}
      <ButtonLink href="/admin/import" variant="secondary" className="self-start">
        {t('run.back')}
      </ButtonLink>
    </div>
  );
}
