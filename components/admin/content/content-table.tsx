import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { ContentStatusBadge } from './content-status-badge';

export type ContentTableRow = {
  id: string;
  type: 'STORY' | 'GUIDE' | 'EVENT';
  title: string;
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';
  statusNote: string | null;
  language: string;
  translation: { id: string | null; label: string };
  updated: string;
};

/** The content list: each language version on its own row, with a link to the other one. */
export function ContentTable({ rows, caption }: { rows: ContentTableRow[]; caption: string }) {
  const t = useTranslations('adminContent.list.columns');
  const tType = useTranslations('adminContent.types');
  return (
    <Table caption={caption} hideCaption>
      <THead>
        <Tr>
          <Th>{t('title')}</Th>
          <Th>{t('type')}</Th>
          <Th>{t('languages')}</Th>
          <Th>{t('status')}</Th>
          <Th>{t('updated')}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td className="min-w-48">
              <Link href={`/admin/content/${row.id}`} className="font-medium text-brand-800 underline">
                {row.title}
              </Link>
            </Td>
            <Td>{tType(row.type)}</Td>
            <Td className="whitespace-nowrap">
              <span className="block">{row.language}</span>
              {row.translation.id ? (
                <Link href={`/admin/content/${row.translation.id}`} className="text-brand-800 underline">
                  {row.translation.label}
                </Link>
              ) : (
                <span className="text-stone-600">{row.translation.label}</span>
              )}
            </Td>
            <Td>
              <ContentStatusBadge status={row.status} />
              {row.statusNote ? <span className="mt-1 block text-xs text-stone-700">{row.statusNote}</span> : null}
            </Td>
            <Td className="whitespace-nowrap">{row.updated}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
