'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCents } from '@/lib/money';

export type SalesChartSeries = { key: string; label: string; colour: string };
export type SalesChartPoint = { day: string; dayLabel: string } & Record<string, number | string>;

type Props = {
  points: SalesChartPoint[];
  series: SalesChartSeries[];
  locale: string;
  /** What the chart shows, for screen readers (the table beside it has the numbers). */
  label: string;
};

/**
 * Daily net sales per channel as stacked bars. A picture for sighted readers: it is one image to
 * assistive technology (role img with a label, no focusable parts), and the numbers are in the
 * table next to it.
 */
export function SalesChart({ points, series, locale, label }: Props) {
  const euros = (value: number) => formatCents(value, locale);
  return (
    <div role="img" aria-label={label} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 288 }}>
        <BarChart data={points} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#d6d3d1" />
          <XAxis dataKey="dayLabel" tick={{ fill: '#44403c', fontSize: 12 }} />
          <YAxis tickFormatter={(value: number) => euros(value)} tick={{ fill: '#44403c', fontSize: 12 }} width={88} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? euros(value) : String(value))} />
          <Legend wrapperStyle={{ color: '#292524' }} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="net" fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
