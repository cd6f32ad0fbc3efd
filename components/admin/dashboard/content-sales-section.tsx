import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import type { ContentSales } from '@/lib/admin/dashboard/get-content-sales';
import { DashboardSection } from './dashboard-section';

export async function ContentSalesSection({ content }: { content: ContentSales }) {
  const t = await getTranslations('adminDashboard.content');
  // Only the "not recorded yet" state exists until the media feature stores add-to-cart sources.
  if (content.recorded) return null;
  return (
    <DashboardSection title={t('title')}>
      <EmptyState headingLevel={3} title={t('emptyTitle')} text={t('emptyText')} />
    </DashboardSection>
  );
}
