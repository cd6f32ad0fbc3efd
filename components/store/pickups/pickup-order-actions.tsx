import { getFormatter, getTranslations } from 'next-intl/server';
import { cancelPickupOrderAction } from '@/lib/actions/pickup-cancel-order';
import { markPickupReadyAction } from '@/lib/actions/pickup-mark-ready';
import type { StorePickupOrder } from '@/lib/pickups/get-store-pickup-order';
import { PickupActionButton } from './pickup-action-button';

/** What staff can do with the whole order now: ready for pickup (the main action), cancel, or cancel as not collected. */
export async function PickupOrderActions({ storeId, order }: { storeId: string; order: StorePickupOrder }) {
  const [t, format] = await Promise.all([getTranslations('storePickups.order'), getFormatter()]);
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency: order.currency });
  const fields = { storeId, orderId: order.id };
  const stillPaid = order.status === 'PAID' ? order.activeTotalCents - order.refundedCents : 0;
  const hint = order.inTransit ? t('inTransitHint') : !order.can.markReady ? t('notAllPickedHint') : t('markReadyHint');
  return (
    <section aria-labelledby="pickup-actions" className="flex flex-col gap-4">
      <h2 id="pickup-actions" className="sr-only">
        {t('actionsTitle')}
      </h2>
      {order.can.pick ? (
        <div>
          <PickupActionButton action={markPickupReadyAction} fields={fields} label={t('markReady')} size="lg" fullWidth disabled={!order.can.markReady} />
          <p className="mt-1 text-sm text-stone-700">{hint}</p>
        </div>
      ) : null}
      {order.can.cancelUncollected ? (
        <div className="rounded-xl border border-red-200 bg-red-50 p-4">
          <h3 className="font-semibold">{t('uncollectedTitle')}</h3>
          <p className="mb-3 text-stone-800">{t('uncollectedText', { date: format.dateTime(order.pickup.deadlineAt!, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
          <PickupActionButton
            action={cancelPickupOrderAction}
            fields={{ ...fields, reason: 'uncollected' }}
            label={t('cancelUncollected')}
            variant="danger"
            size="lg"
            fullWidth
            confirm={{
              title: t('cancelUncollectedTitle', { number: String(order.number) }),
              description: stillPaid > 0 ? t('cancelUncollectedPaid', { amount: money(stillPaid) }) : t('cancelUncollectedPayAtPickup'),
              confirm: t('cancelUncollected'),
              cancel: t('keep'),
            }}
          />
        </div>
      ) : null}
      {order.can.cancelOrder ? (
        <PickupActionButton
          action={cancelPickupOrderAction}
          fields={{ ...fields, reason: 'missing_items' }}
          label={t('cancelOrder')}
          variant="secondary"
          confirm={{
            title: t('cancelOrderTitle', { number: String(order.number) }),
            description: stillPaid > 0 ? t('cancelOrderPaid', { amount: money(stillPaid) }) : t('cancelOrderPayAtPickup'),
            confirm: t('cancelOrderConfirm'),
            cancel: t('keep'),
          }}
        />
      ) : null}
    </section>
  );
}
