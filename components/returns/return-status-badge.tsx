import { useTranslations } from 'next-intl';
import type { ReturnStatus } from '@/lib/generated/prisma/enums';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const tones: Record<ReturnStatus, BadgeTone> = {
  REQUESTED: 'info',
  RECEIVED: 'warning',
  REFUNDED: 'success',
  REJECTED: 'danger',
  CANCELLED: 'neutral',
};

export function ReturnStatusBadge({ status }: { status: ReturnStatus }) {
  const t = useTranslations('returns.statuses');
  return <Badge tone={tones[status]}>{t(status)}</Badge>;
}
