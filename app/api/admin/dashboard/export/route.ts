import { getSessionUser } from '@/lib/auth/session';
import { dashboardCsv } from '@/lib/admin/dashboard/dashboard-csv';
import { getDashboard } from '@/lib/admin/dashboard/get-dashboard';
import { readPeriodParam } from '@/lib/admin/dashboard/period';

export const dynamic = 'force-dynamic';

/**
 * GET /api/admin/dashboard/export?period=today|7d|30d[&locale=fi|en]: the dashboard's figures as
 * CSV, for the owner only (401 signed out, 403 anyone else; the role is read from the database).
 */
export async function GET(request: Request): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return new Response('Sign in first.', { status: 401 });
  if (user.role !== 'OWNER') return new Response('Only the owner may export the dashboard.', { status: 403 });

  const params = new URL(request.url).searchParams;
  const period = readPeriodParam(params.get('period'));
  const locale = params.get('locale') === 'en' ? 'en' : 'fi';
  const dashboard = await getDashboard({ period, locale });
  const filename = `dashboard-${period}-${dashboard.bounds.days[dashboard.bounds.days.length - 1]}.csv`;
  return new Response(dashboardCsv(dashboard), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
