import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { StaffRow } from '@/lib/admin/staff/list-staff';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { StaffStatusBadge } from './staff-status-badge';

/** The staff list: who, status, which stores, last signed in. */
export async function StaffTable({ rows }: { rows: readonly StaffRow[] }) {
  const [t, format] = await Promise.all([getTranslations('adminStores.staff.list'), getFormatter()]);
  return (
    <Table caption={t('caption')} wrapperClassName="mt-6">
      <THead>
        <Tr>
          <Th>{t('name')}</Th>
          <Th>{t('status')}</Th>
          <Th>{t('stores')}</Th>
          <Th>{t('lastSeen')}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Td>
              <Link href={`/admin/staff/${row.id}`} className="font-semibold underline underline-offset-4 hover:no-underline">
                {row.name ?? row.email}
              </Link>
              <span className="block break-all text-stone-600">{row.email}</span>
            </Td>
            <Td>
              <StaffStatusBadge status={row.status} />
            </Td>
            <Td>{row.role === 'OWNER' ? t('allStores') : row.stores.length === 0 ? t('noStores') : row.stores.map((store) => store.name).join(', ')}</Td>
            <Td className="whitespace-nowrap">{row.lastSeenAt ? format.dateTime(row.lastSeenAt, { dateStyle: 'short', timeStyle: 'short' }) : t('never')}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
