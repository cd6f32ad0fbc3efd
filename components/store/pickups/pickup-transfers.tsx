import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { receivePickupTransferAction } from '@/lib/actions/pickup-receive-transfer';
import type { StorePickupOrder } from '@/lib/pickups/get-store-pickup-order';
import { PickupActionButton } from './pickup-action-button';

/** Goods coming from other stores for this order, with "Receive transfer" while they are on their way. */
export async function PickupTransfers({ storeId, order }: { storeId: string; order: StorePickupOrder }) {
  if (order.stockTransfers.length === 0) return null;
  const t = await getTranslations('storePickups.order');
  return (
    <section aria-labelledby="pickup-transfers">
      <h2 id="pickup-transfers" className="mb-2 text-lg font-semibold">
        {t('transfersTitle')}
      </h2>
      <ul className="flex flex-col gap-2">
        {order.stockTransfers.map((transfer) => {
          const count = transfer.lines.reduce((sum, line) => sum + line.quantity, 0);
          const open = transfer.status === 'REQUESTED' || transfer.status === 'IN_TRANSIT';
          return (
            <li key={transfer.id} className="flex flex-wrap items-center gap-3 rounded-xl border border-stone-200 bg-white p-4">
              <span className="flex-1">{t('transferFrom', { store: transfer.fromStore.name, count })}</span>
              <Badge tone={open ? 'info' : transfer.status === 'RECEIVED' ? 'success' : 'neutral'}>{t(`transferStatuses.${transfer.status}`)}</Badge>
              {open && order.can.pick ? (
                <PickupActionButton
                  action={receivePickupTransferAction}
                  fields={{ storeId, transferId: transfer.id }}
                  label={t('receiveTransfer')}
                  accessibleLabel={t('receiveTransferLabel', { store: transfer.fromStore.name })}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
