import { getFormatter, getTranslations } from 'next-intl/server';
import { ImportUploadForm } from '@/components/admin/import/import-upload-form';
import { ImportStatusBadge } from '@/components/admin/import/import-status-badge';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { dryRunImportAction } from '@/lib/actions/admin-import-dry-run';
import { requireOwner } from '@/lib/auth/require';
import { listImportRuns } from '@/lib/import/runs/list-import-runs';
import { listImportStores } from '@/lib/import/list-import-stores';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminImport' });
  return { title: t('title') };
}

export default async function ImportPage({ params }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/import');
  const [t, format, stores, runs] = await Promise.all([getTranslations('adminImport'), getFormatter(), listImportStores(), listImportRuns()]);
  const warehouse = stores[0];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 max-w-prose text-stone-700">{t('intro')}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section" aria-labelledby="import-products" className="flex flex-col gap-3">
          <CardTitle id="import-products">{t('products.title')}</CardTitle>
          <p className="text-stone-700">{t('products.intro')}</p>
          <p className="text-stone-700">{t('products.stockNote', { store: warehouse?.name ?? '–' })}</p>
          <ImportUploadForm kind="PRODUCTS" action={dryRunImportAction} stores={stores} defaultStoreId={warehouse?.id} />
        </Card>
        <Card as="section" aria-labelledby="import-stock" className="flex flex-col gap-3">
          <CardTitle id="import-stock">{t('stock.title')}</CardTitle>
          <p className="text-stone-700">{t('stock.intro')}</p>
          <ImportUploadForm kind="STOCK" action={dryRunImportAction} />
        </Card>
      </div>
      <Card as="section" aria-labelledby="export" className="flex flex-col gap-4">
        <CardTitle id="export">{t('export.title')}</CardTitle>
        <p className="text-stone-700">{t('export.intro')}</p>
        <div className="grid gap-6 md:grid-cols-2">
          <form method="get" action="/api/admin/export/products.csv" className="flex flex-col gap-3">
            <FormField label={t('export.productsStore')} id="export-products-store">
              {(field) => (
                <Select {...field} name="store" defaultValue={warehouse?.slug}>
                  {stores.map((store) => (
                    <option key={store.id} value={store.slug}>
                      {store.name}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
            <button type="submit" className={buttonClasses({ variant: 'secondary', className: 'self-start' })}>
              {t('export.products')}
            </button>
          </form>
          <form method="get" action="/api/admin/export/stock.csv" className="flex flex-col gap-3">
            <FormField label={t('export.stockStore')} id="export-stock-store">
              {(field) => (
                <Select {...field} name="store" defaultValue="">
                  <option value="">{t('export.allStores')}</option>
                  {stores.map((store) => (
                    <option key={store.id} value={store.slug}>
                      {store.name}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
            <button type="submit" className={buttonClasses({ variant: 'secondary', className: 'self-start' })}>
              {t('export.stock')}
            </button>
          </form>
        </div>
      </Card>
      <section aria-labelledby="import-runs" className="flex flex-col gap-3">
        <h2 id="import-runs" className="text-lg font-semibold">
          {t('runs.title')}
        </h2>
        {runs.length === 0 ? (
          <p className="text-stone-700">{t('runs.empty')}</p>
        ) : (
          <Table caption={t('runs.title')} hideCaption>
            <THead>
              <Tr>
                <Th>{t('runs.created')}</Th>
                <Th>{t('runs.file')}</Th>
                <Th>{t('runs.kind')}</Th>
                <Th>{t('runs.status')}</Th>
                <Th>{t('runs.errors')}</Th>
              </Tr>
            </THead>
            <TBody>
              {runs.map((run) => (
                <Tr key={run.id}>
                  <Td className="whitespace-nowrap">{format.dateTime(run.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</Td>
                  <Td>
                    <Link href={`/admin/import/${run.id}`} className="font-medium text-brand-800 underline">
                      {run.fileName}
                    </Link>
                  </Td>
                  <Td>{t(`kinds.${run.kind}`)}</Td>
                  <Td>
                    <ImportStatusBadge status={run.status} />
                  </Td>
                  <Td>{run.errorCount}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </div>
  );
}
