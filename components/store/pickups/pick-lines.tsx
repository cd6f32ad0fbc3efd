import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { cancelPickupLineAction } from '@/lib/actions/pickup-cancel-line';
import { setLinePickedAction } from '@/lib/actions/pickup-set-line-picked';
import type { StorePickupOrder } from '@/lib/pickups/get-store-pickup-order';
import { PickupActionButton } from './pickup-action-button';

/** The order's lines to pick: each with "picked" (or undo) and "missing" (cancel the line, after asking). */
export async function PickLines({ storeId, order }: { storeId: string; order: StorePickupOrder }) {
  const [t, format] = await Promise.all([getTranslations('storePickups.order'), getFormatter()]);
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency: order.currency });
  return (
    <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
      {order.lines.map((line) => {
        const product = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name;
        const fields = { storeId, orderId: order.id, lineId: line.id };
        return (
          <li key={line.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
            <div className="min-w-0 flex-1">
              <p className={line.cancelledAt ? 'font-semibold text-stone-500 line-through' : 'font-semibold'}>{product}</p>
              <p className="text-sm text-stone-700">
                {t('sku', { sku: line.sku })} · <span className="font-semibold text-stone-900">{t('quantity', { quantity: line.quantity })}</span>
              </p>
              <p className="mt-1">
                {line.cancelledAt ? (
                  <Badge tone="danger">{t('lineCancelled')}</Badge>
                ) : line.pickedAt ? (
                  <Badge tone="success">{t('picked')}</Badge>
                ) : (
                  <Badge>{t('notPicked')}</Badge>
                )}
              </p>
            </div>
            {order.can.pick && !line.cancelledAt ? (
              <div className="flex flex-wrap gap-2">
                <PickupActionButton
                  action={setLinePickedAction}
                  fields={{ ...fields, picked: line.pickedAt ? 'false' : 'true' }}
                  label={line.pickedAt ? t('unmarkPicked') : t('markPicked')}
                  accessibleLabel={line.pickedAt ? t('unmarkPickedLabel', { product }) : t('markPickedLabel', { product })}
                  variant={line.pickedAt ? 'secondary' : 'primary'}
                />
                <PickupActionButton
                  action={cancelPickupLineAction}
                  fields={fields}
                  label={t('cancelLine')}
                  accessibleLabel={t('cancelLineLabel', { product })}
                  variant="danger"
                  confirm={{
                    title: t('cancelLineTitle', { product }),
                    description:
                      order.status === 'PAID' ? t('cancelLinePaid', { amount: money(line.lineTotalCents) }) : t('cancelLinePayAtPickup'),
                    confirm: t('cancelLineConfirm'),
                    cancel: t('keep'),
                  }}
                />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
