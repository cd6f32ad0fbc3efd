import { getTranslations } from 'next-intl/server';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ProductImportCounts, StockImportCounts } from '@/lib/import/import-types';

type Props = { kind: 'PRODUCTS' | 'STOCK'; counts: ProductImportCounts | StockImportCounts; done: boolean };

/** What the dry run found (would be created/updated/skipped) or what the import did. */
export async function ImportCounts({ kind, counts, done }: Props) {
  const t = await getTranslations('adminImport.counts');
  const caption = done ? t('captionDone') : t('captionDryRun');
  if (kind === 'STOCK') {
    const stock = counts as StockImportCounts;
    return (
      <Table caption={caption}>
        <THead>
          <Tr>
            <Th>{t('rows')}</Th>
            <Th>{done ? t('changed') : t('toChange')}</Th>
            <Th>{t('skipped')}</Th>
            <Th>{t('invalidRows')}</Th>
          </Tr>
        </THead>
        <TBody>
          <Tr>
            <Td>{stock.rows}</Td>
            <Td>{stock.changed}</Td>
            <Td>{stock.skipped}</Td>
            <Td>{stock.invalidRows}</Td>
          </Tr>
        </TBody>
      </Table>
    );
  }
  const p = counts as ProductImportCounts;
  const lines = [
    { name: t('products'), created: p.productsCreated, updated: p.productsUpdated, skipped: p.productsSkipped },
    { name: t('variants'), created: p.variantsCreated, updated: p.variantsUpdated, skipped: p.variantsSkipped },
    { name: t('images'), created: p.imagesCreated, updated: p.imagesUpdated, skipped: p.imagesSkipped },
  ];
  return (
    <div className="flex flex-col gap-3">
      <Table caption={caption}>
        <THead>
          <Tr>
            <Th>
              <span className="sr-only">{t('what')}</span>
            </Th>
            <Th>{done ? t('created') : t('toCreate')}</Th>
            <Th>{done ? t('updated') : t('toUpdate')}</Th>
            <Th>{t('skipped')}</Th>
          </Tr>
        </THead>
        <TBody>
          {lines.map((line) => (
            <Tr key={line.name}>
              <Th scope="row">{line.name}</Th>
              <Td>{line.created}</Td>
              <Td>{line.updated}</Td>
              <Td>{line.skipped}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <ul className="list-disc pl-6 text-stone-800">
        <li>{t('rowsLine', { rows: p.rows, invalidRows: p.invalidRows })}</li>
        <li>{t('stockLine', { count: p.stockChanged })}</li>
        {p.categoriesCreated.length > 0 ? <li>{t('categoriesLine', { names: p.categoriesCreated.join(', ') })}</li> : null}
        {p.tagsCreated.length > 0 ? <li>{t('tagsLine', { names: p.tagsCreated.join(', ') })}</li> : null}
      </ul>
    </div>
  );
}
