import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { ReturnStatus } from '@/lib/generated/prisma/enums';

const tones: Record<ReturnStatus, BadgeTone> = {
  REQUESTED: 'info',
  RECEIVED: 'warning',
  REFUNDED: 'success',
  REJECTED: 'danger',
  CANCELLED: 'neutral',
};

export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  const t = useTranslations('storeReturns.status');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
