import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';

/** Paid / pay at pickup, and "in transit" while goods are on their way. */
export async function PickupBadges({ orderStatus, inTransit, overdue }: { orderStatus: string; inTransit: boolean; overdue?: boolean }) {
  const t = await getTranslations('storePickups.badges');
  return (
    <span className="flex flex-wrap gap-1">
      {orderStatus === 'PAID' ? <Badge tone="success">{t('paid')}</Badge> : null}
      {orderStatus === 'PAY_AT_PICKUP' ? <Badge tone="warning">{t('payAtPickup')}</Badge> : null}
      {inTransit ? <Badge tone="info">{t('inTransit')}</Badge> : null}
      {overdue ? <Badge tone="danger">{t('overdue')}</Badge> : null}
    </span>
  );
}
