import { getTranslations } from 'next-intl/server';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { OrdersByStatus } from '@/lib/admin/dashboard/get-orders-by-status';
import { DashboardSection } from './dashboard-section';

export async function OrdersStatusSection({ counts }: { counts: OrdersByStatus }) {
  const t = await getTranslations('adminDashboard.orders');
  return (
    <DashboardSection title={t('title')} hint={t('hint')}>
      <Table caption={t('caption')} hideCaption>
        <THead>
          <Tr>
            <Th>{t('status')}</Th>
            <Th className="text-right">{t('count')}</Th>
          </Tr>
        </THead>
        <TBody>
          {counts.map((row) => (
            <Tr key={row.status}>
              <Th scope="row" className="font-medium">{t(`statuses.${row.status}`)}</Th>
              <Td className="text-right tabular-nums">{row.count}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </DashboardSection>
  );
}
