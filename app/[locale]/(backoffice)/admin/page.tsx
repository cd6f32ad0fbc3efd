import { getFormatter, getTranslations } from 'next-intl/server';
import { ContentSalesSection } from '@/components/admin/dashboard/content-sales-section';
import { dayAsDate } from '@/components/admin/dashboard/dashboard-section';
import { EventsSection } from '@/components/admin/dashboard/events-section';
import { LowStockSection } from '@/components/admin/dashboard/low-stock-section';
import { OrdersStatusSection } from '@/components/admin/dashboard/orders-status-section';
import { PeriodSwitch } from '@/components/admin/dashboard/period-switch';
import { PickupsSection } from '@/components/admin/dashboard/pickups-section';
import { ReturnsSection } from '@/components/admin/dashboard/returns-section';
import { SalesSection } from '@/components/admin/dashboard/sales-section';
import { TopProductsSection } from '@/components/admin/dashboard/top-products-section';
import { buttonClasses } from '@/components/ui/button';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getDashboard } from '@/lib/admin/dashboard/get-dashboard';
import { readPeriodParam } from '@/lib/admin/dashboard/period';
import { requireOwner } from '@/lib/auth/require';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminDashboard' });
  return { title: t('title') };
}

/** The owner's dashboard: sales across channels, orders, pickups, returns, stock, events. */
export default async function AdminDashboardPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const period = readPeriodParam((await searchParams).period);
  await requireOwner(period === '7d' ? '/admin' : `/admin?period=${period}`);
  const [dashboard, t, format] = await Promise.all([getDashboard({ period, locale }), getTranslations('adminDashboard'), getFormatter()]);
  const { days } = dashboard.bounds;
  const date = (day: string) => format.dateTime(dayAsDate(day), { dateStyle: 'medium', timeZone: 'Europe/Helsinki' });

  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="mt-1 text-stone-700">{t('intro')}</p>
        </div>
        <a href={`/api/admin/dashboard/export?period=${period}&locale=${locale}`} className={buttonClasses({ variant: 'secondary' })} download>
          {t('export')}
        </a>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <PeriodSwitch current={period} />
        <p className="text-stone-800">{days.length === 1 ? date(days[0]) : t('periodRange', { first: date(days[0]), last: date(days[days.length - 1]) })}</p>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <SalesSection sales={dashboard.sales} />
        <OrdersStatusSection counts={dashboard.ordersByStatus} />
        <ReturnsSection returns={dashboard.returns} />
        <PickupsSection stores={dashboard.pickups} />
        <TopProductsSection products={dashboard.topProducts} />
        <LowStockSection stores={dashboard.lowStock} />
        <EventsSection events={dashboard.events} />
        <ContentSalesSection content={dashboard.contentSales} />
      </div>
    </div>
  );
}
