import { getLocale, getTranslations } from 'next-intl/server';
import type { ReturnsSummary } from '@/lib/admin/dashboard/get-returns-summary';
import { formatCents } from '@/lib/money';
import { DashboardSection } from './dashboard-section';

export async function ReturnsSection({ returns }: { returns: ReturnsSummary }) {
  const [t, locale] = await Promise.all([getTranslations('adminDashboard.returns'), getLocale()]);
  const figures = [
    ['count', String(returns.count)],
    ['awaiting', String(returns.awaiting)],
    ['refunded', formatCents(returns.refundedCents, locale)],
  ] as const;
  return (
    <DashboardSection title={t('title')}>
      <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-1 xl:grid-cols-3">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt className="text-sm text-stone-700">{t(key)}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </DashboardSection>
  );
}
