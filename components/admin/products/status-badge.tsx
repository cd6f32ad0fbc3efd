import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONES: Record<string, BadgeTone> = { DRAFT: 'neutral', ACTIVE: 'success', ARCHIVED: 'warning' };

export function ProductStatusBadge({ status }: { status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED' }) {
  const t = useTranslations('adminProducts.statuses');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
