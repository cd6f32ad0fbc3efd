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

/** A return's status: in the shopper's words ("waiting for the goods") or the desk's ("announced"). */
export function ReturnStatusBadge({ status, wording = 'shopper' }: { status: ReturnStatus; wording?: 'shopper' | 'staff' }) {
  const shopper = useTranslations('returns.statuses');
  const staff = useTranslations('storeReturns.status');
  return <Badge tone={tones[status]}>{(wording === 'staff' ? staff : shopper)(status)}</Badge>;
}
