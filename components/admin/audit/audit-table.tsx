import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { AuditListEntry } from '@/lib/admin/audit/list-audit-entries';
import { summarizeAuditData } from '@/lib/admin/audit/summarize-audit-data';

/** The entries: when, who, what, on which thing (a link where the back office has its page), details. */
export function AuditTable({ entries }: { entries: AuditListEntry[] }) {
  const t = useTranslations('adminAudit');
  const format = useFormatter();
  const locale = useLocale();
  return (
    <Table caption={t('caption')} hideCaption>
      <THead>
        <Tr>
          <Th>{t('when')}</Th>
          <Th>{t('who')}</Th>
          <Th>{t('action')}</Th>
          <Th>{t('entity')}</Th>
          <Th>{t('details')}</Th>
        </Tr>
      </THead>
      <TBody>
        {entries.map((entry) => {
          const { href } = entry;
          const subject = `${entry.entityType}${entry.entityId ? ` ${entry.entityId.slice(0, 8)}` : ''}`;
          return (
            <Tr key={entry.id}>
              <Td className="whitespace-nowrap">
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Helsinki' })}
                </time>
              </Td>
              <Td>{entry.actor ? (entry.actor.name ?? entry.actor.email) : t('system')}</Td>
              <Td className="font-mono text-xs whitespace-nowrap">{entry.action}</Td>
              <Td className="whitespace-nowrap">
                {href ? (
                  <Link href={href} className="text-brand-800 underline underline-offset-2" title={entry.entityId ?? undefined}>
                    {subject}
                  </Link>
                ) : (
                  <span title={entry.entityId ?? undefined}>{subject}</span>
                )}
              </Td>
              <Td>
                <ul className="space-y-0.5">
                  {summarizeAuditData(entry.data, locale).map((item, index) => (
                    <li key={`${item.key}-${index}`} className="break-words">
                      {item.key ? <span className="font-medium">{item.key}: </span> : null}
                      {item.value}
                    </li>
                  ))}
                </ul>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
