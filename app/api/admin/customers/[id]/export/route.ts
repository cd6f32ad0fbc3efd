import { exportCustomerData } from '@/lib/admin/customers/export-customer-data';
import { getSessionUser } from '@/lib/auth/session';
import { isUuid } from '@/lib/validation/uuid';

type Context = { params: Promise<{ id: string }> };

/** A customer's data as a JSON download (owner only): profile, orders, returns, registrations, notes. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'UNAUTHENTICATED' }, { status: 401 });
  if (user.role !== 'OWNER') return Response.json({ error: 'FORBIDDEN' }, { status: 403 });
  const { id } = await params;
  const data = isUuid(id) ? await exportCustomerData(id) : null;
  if (!data) return Response.json({ error: 'NOT_FOUND' }, { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="customer-${id}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
