import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { StorePickupBacklog } from '@/lib/admin/dashboard/get-pickup-backlog';
import { DashboardSection } from './dashboard-section';

const COLUMNS = ['toPick', 'picking', 'ready'] as const;

export async function PickupsSection({ stores }: { stores: StorePickupBacklog[] }) {
  const t = await getTranslations('adminDashboard.pickups');
  return (
    <DashboardSection title={t('title')} hint={t('hint')}>
      {stores.length === 0 ? (
        <p className="text-stone-700">{t('empty')}</p>
      ) : (
        <Table caption={t('caption')} hideCaption>
          <THead>
            <Tr>
              <Th>{t('store')}</Th>
              {COLUMNS.map((key) => (
                <Th key={key} className="text-right">{t(key)}</Th>
              ))}
              <Th className="text-right">{t('overdue')}</Th>
              <Th className="text-right">{t('waiting')}</Th>
            </Tr>
          </THead>
          <TBody>
            {stores.map((store) => (
              <Tr key={store.storeId}>
                <Th scope="row" className="font-medium">{store.storeName}</Th>
                {COLUMNS.map((key) => (
                  <Td key={key} className="text-right tabular-nums">{store[key]}</Td>
                ))}
                <Td className="text-right tabular-nums">
                  {store.overdue > 0 ? <Badge tone="danger">{store.overdue}</Badge> : 0}
                </Td>
                <Td className="text-right font-semibold tabular-nums">{store.waiting}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </DashboardSection>
  );
}
