import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONES: Record<'DRAFT' | 'SCHEDULED' | 'PUBLISHED', BadgeTone> = { DRAFT: 'neutral', SCHEDULED: 'info', PUBLISHED: 'success' };

export function ContentStatusBadge({ status }: { status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' }) {
  const t = useTranslations('adminContent.statuses');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
