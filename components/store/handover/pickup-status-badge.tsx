import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { PickupStatus } from '@/lib/generated/prisma/enums';

const tones: Record<PickupStatus, BadgeTone> = {
  PENDING: 'neutral',
  PICKING: 'info',
  READY_FOR_PICKUP: 'success',
  PICKED_UP: 'neutral',
  CANCELLED: 'danger',
  EXPIRED: 'warning',
};

export function PickupStatusBadge({ status }: { status: PickupStatus }) {
  const t = useTranslations('storeHandover.status');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
