import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { cn } from '@/components/ui/cn';
import { DASHBOARD_PERIODS, type DashboardPeriod } from '@/lib/admin/dashboard/period';

/** Today / 7 days / 30 days as links (a bookmarkable URL per period). */
export async function PeriodSwitch({ current }: { current: DashboardPeriod }) {
  const t = await getTranslations('adminDashboard');
  return (
    <nav aria-label={t('periodLabel')}>
      <ul className="flex flex-wrap gap-2">
        {DASHBOARD_PERIODS.map((period) => (
          <li key={period}>
            <Link
              href={{ pathname: '/admin', query: { period } }}
              aria-current={period === current ? 'page' : undefined}
              className={cn(
                'flex min-h-11 items-center rounded-lg border px-4 font-medium',
                period === current ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-400 bg-white text-stone-900 hover:bg-stone-100',
              )}
            >
              {t(`periods.${period}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
