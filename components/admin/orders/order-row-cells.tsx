import { useTranslations } from 'next-intl';
import type { FulfilmentType, OrderReturnStatus, OrderStatus } from '@/lib/generated/prisma/enums';
import { OrderStatusBadge } from '@/components/orders/order-status-badge';
import { Badge } from '@/components/ui/badge';

// Cells shared by the back office's order tables (the order list and a customer's orders).

/** How the order reaches the customer, with the pickup store. */
export function OrderFulfilment({ order }: { order: { fulfilment: FulfilmentType; pickupStore: { name: string } | null } }) {
  const t = useTranslations('orders');
  return (
    <>
      {t(`fulfilments.${order.fulfilment}`)}
      {order.pickupStore ? <span className="block text-stone-700">{order.pickupStore.name}</span> : null}
    </>
  );
}

/** The order's status, and its return status when something came back. */
export function OrderStatusBadges({ order }: { order: { status: OrderStatus; returnStatus: OrderReturnStatus } }) {
  const t = useTranslations('adminOrders.list');
  return (
    <span className="flex flex-col items-start gap-1">
      <OrderStatusBadge status={order.status} />
      {order.returnStatus !== 'NONE' ? <Badge tone="warning">{t(`returnStatuses.${order.returnStatus}`)}</Badge> : null}
    </span>
  );
}
