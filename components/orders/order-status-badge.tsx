import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';

export type OrderStatus = 'PENDING_PAYMENT' | 'PAID' | 'PAY_AT_PICKUP' | 'FULFILLED' | 'CANCELLED' | 'EXPIRED';

const tones: Record<OrderStatus, BadgeTone> = {
  PENDING_PAYMENT: 'warning',
  PAID: 'success',
  PAY_AT_PICKUP: 'info',
  FULFILLED: 'success',
  CANCELLED: 'neutral',
  EXPIRED: 'neutral',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations('orders.statuses');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
