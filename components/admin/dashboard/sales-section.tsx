import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { SALES_CHANNELS } from '@/lib/admin/dashboard/sales-channel';
import type { SalesByChannel } from '@/lib/admin/dashboard/get-sales-by-channel';
import { formatCents } from '@/lib/money';
import { DashboardSection, dayAsDate } from './dashboard-section';
import { SalesChart } from './sales-chart';

// Bar colours with at least 3:1 contrast against white.
const COLOURS = { webDelivery: '#1d4ed8', clickCollect: '#b45309', store: '#15803d' } as const;

export async function SalesSection({ sales }: { sales: SalesByChannel }) {
  const [t, locale, format] = await Promise.all([getTranslations('adminDashboard.sales'), getLocale(), getFormatter()]);
  const money = (cents: number) => formatCents(cents, locale);
  const dayLabel = (day: string) => format.dateTime(dayAsDate(day), { day: 'numeric', month: 'numeric', timeZone: 'Europe/Helsinki' });
  const series = SALES_CHANNELS.map((key) => ({ key, label: t(`channels.${key}`), colour: COLOURS[key] }));
  const points = sales.daily.map((day) => ({ day: day.day, dayLabel: dayLabel(day.day), ...day.netCents }));

  return (
    <DashboardSection title={t('title')} hint={t('definition')} className="lg:col-span-2">
      <Table caption={t('caption')} hideCaption>
        <THead>
          <Tr>
            <Th>{t('channel')}</Th>
            <Th className="text-right">{t('orders')}</Th>
            <Th className="text-right">{t('gross')}</Th>
            <Th className="text-right">{t('refunds')}</Th>
            <Th className="text-right">{t('net')}</Th>
          </Tr>
        </THead>
        <TBody>
          {sales.channels.map((row) => (
            <Tr key={row.channel}>
              <Th scope="row" className="font-medium">{t(`channels.${row.channel}`)}</Th>
              <Td className="text-right tabular-nums">{row.orders}</Td>
              <Td className="text-right tabular-nums">{money(row.grossCents)}</Td>
              <Td className="text-right tabular-nums">{row.refundCents > 0 ? `−${money(row.refundCents)}` : money(0)}</Td>
              <Td className="text-right font-semibold tabular-nums">{money(row.netCents)}</Td>
            </Tr>
          ))}
          <Tr className="bg-stone-50">
            <Th scope="row">{t('total')}</Th>
            <Td className="text-right font-semibold tabular-nums">{sales.total.orders}</Td>
            <Td className="text-right font-semibold tabular-nums">{money(sales.total.grossCents)}</Td>
            <Td className="text-right font-semibold tabular-nums">{sales.total.refundCents > 0 ? `−${money(sales.total.refundCents)}` : money(0)}</Td>
            <Td className="text-right font-bold tabular-nums">{money(sales.total.netCents)}</Td>
          </Tr>
        </TBody>
      </Table>

      <h3 className="mt-6 font-semibold text-stone-900">{t('chartTitle')}</h3>
      <div className="mt-2 grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <SalesChart points={points} series={series} locale={locale} label={t('chartLabel')} />
        <Table caption={t('dailyCaption')} hideCaption wrapperClassName="max-h-72 overflow-y-auto">
          <THead>
            <Tr>
              <Th>{t('day')}</Th>
              {series.map((s) => (
                <Th key={s.key} className="text-right">{s.label}</Th>
              ))}
              <Th className="text-right">{t('net')}</Th>
            </Tr>
          </THead>
          <TBody>
            {sales.daily.map((day) => (
              <Tr key={day.day}>
                <Th scope="row" className="font-medium">{dayLabel(day.day)}</Th>
                {series.map((s) => (
                  <Td key={s.key} className="text-right tabular-nums">{money(day.netCents[s.key])}</Td>
                ))}
                <Td className="text-right font-semibold tabular-nums">{money(day.totalNetCents)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </DashboardSection>
  );
}
