import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ProductStock } from '@/lib/admin/stock/get-product-stock';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { TransferButtons } from './transfer-buttons';

const TONES: Record<string, BadgeTone> = { REQUESTED: 'info', IN_TRANSIT: 'warning', RECEIVED: 'success', CANCELLED: 'neutral' };

/** Transfers of the product's variants. Those for pickup orders are run from the store screens: shown only. */
export async function TransferList({ transfers }: { transfers: ProductStock['transfers'] }) {
  const [t, format] = await Promise.all([getTranslations('adminProducts.transfers'), getFormatter()]);
  if (transfers.length === 0) return <EmptyState headingLevel={3} title={t('empty')} />;
  return (
    <Table caption={t('caption')} hideCaption>
      <THead>
        <Tr>
          <Th>{t('created')}</Th>
          <Th>{t('route')}</Th>
          <Th>{t('lines')}</Th>
          <Th>{t('status')}</Th>
          <Th>{t('next')}</Th>
        </Tr>
      </THead>
      <TBody>
        {transfers.map((transfer) => {
          const route = t('routeText', { from: transfer.fromStore.name, to: transfer.toStore.name });
          return (
            <Tr key={transfer.id}>
              <Td className="whitespace-nowrap">{format.dateTime(transfer.createdAt, { dateStyle: 'short', timeStyle: 'short' })}</Td>
              <Td>
                {route}
                {transfer.note ? <span className="block text-stone-700">{transfer.note}</span> : null}
              </Td>
              <Td>{transfer.lines.map((line) => `${line.variant.sku} × ${line.quantity}`).join(', ')}</Td>
              <Td>
                <Badge tone={TONES[transfer.status]}>{t(`statuses.${transfer.status}`)}</Badge>
              </Td>
              <Td>
                {transfer.order ? (
                  <span>
                    {t('forOrder')}{' '}
                    <Link href={`/admin/orders/${transfer.order.number}`} className="text-brand-800 underline">
                      #{transfer.order.number}
                    </Link>
                  </span>
                ) : (
                  <TransferButtons transferId={transfer.id} status={transfer.status} label={route} />
                )}
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
