import { getTranslations } from 'next-intl/server';
import type { StaffStatus } from '@/lib/admin/staff/staff-status';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONES: Record<StaffStatus, BadgeTone> = {
  OWNER: 'info',
  ACTIVE: 'success',
  INVITED: 'warning',
  INVITATION_EXPIRED: 'danger',
  INVITATION_REVOKED: 'neutral',
  DEACTIVATED: 'neutral',
};

export async function StaffStatusBadge({ status }: { status: StaffStatus }) {
  const t = await getTranslations('adminStores.staff.statuses');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
