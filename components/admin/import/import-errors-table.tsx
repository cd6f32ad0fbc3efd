import { getTranslations } from 'next-intl/server';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { RowError } from '@/lib/import/import-types';

/** The rows with errors (or, `warnings`, what rows import without): row number as in the spreadsheet, column, and what is wrong. */
export async function ImportErrorsTable({ errors, total, warnings = false }: { errors: RowError[]; total: number; warnings?: boolean }) {
  const t = await getTranslations('adminImport');
  const message = (error: RowError) => (t as unknown as (key: string, params?: RowError['params']) => string)(`errors.${error.code}`, error.params);
  return (
    <div className="flex flex-col gap-2">
      <Table caption={t(warnings ? 'errorsTable.warningsCaption' : 'errorsTable.caption', { count: total })}>
        <THead>
          <Tr>
            <Th>{t('errorsTable.row')}</Th>
            <Th>{t('errorsTable.column')}</Th>
            <Th>{t('errorsTable.message')}</Th>
          </Tr>
        </THead>
        <TBody>
          {errors.map((error, index) => (
            <Tr key={`${error.row}-${error.column}-${error.code}-${index}`}>
              <Td>{error.row > 0 ? error.row : '–'}</Td>
              <Td>{error.column ?? '–'}</Td>
              <Td>{message(error)}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {total > errors.length ? <p className="text-sm text-stone-700">{t('errorsTable.more', { shown: errors.length, total })}</p> : null}
    </div>
  );
}
