// The dashboard's periods. Days are Helsinki days: "today" runs from the last midnight in
// Europe/Helsinki, "7 days" is today and the six days before it, and so on.

export const DASHBOARD_PERIODS = ['today', '7d', '30d'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

export const PERIOD_DAYS: Record<DashboardPeriod, number> = { today: 1, '7d': 7, '30d': 30 };

/** The period from a query parameter; 7 days for anything else. */
export function readPeriodParam(value: string | string[] | null | undefined): DashboardPeriod {
  const first = Array.isArray(value) ? value[0] : value;
  return (DASHBOARD_PERIODS as readonly string[]).includes(first ?? '') ? (first as DashboardPeriod) : '7d';
}
