import { useTranslations } from 'next-intl';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONES: Record<string, BadgeTone> = { DRY_RUN: 'info', RUNNING: 'warning', DONE: 'success', FAILED: 'danger' };

export function ImportStatusBadge({ status }: { status: 'DRY_RUN' | 'RUNNING' | 'DONE' | 'FAILED' }) {
  const t = useTranslations('adminImport.statuses');
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
