// Only the owner sees the dashboard and downloads its figures: the page and the CSV route, called
// as Next would call them, with the signed-in user and navigation replaced by stand-ins.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/admin/dashboard/export/route';
import AdminDashboardPage from '@/app/[locale]/(backoffice)/admin/page';
import { createUser } from '../support/factories/users';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/admin')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));

let customer: { id: string };
let staff: { id: string };
let owner: { id: string };

beforeAll(async () => {
  customer = await createUser({ role: 'CUSTOMER' });
  staff = await createUser({ role: 'STAFF' });
  owner = await createUser({ role: 'OWNER' });
});

beforeEach(resetRequest);

/** Where the page stopped ('forbidden', 'redirect /signin?...'), or 'rendered'. */
async function openPage(period?: string): Promise<string> {
  try {
    const page = await AdminDashboardPage({ params: Promise.resolve({ locale: 'fi' }), searchParams: Promise.resolve(period ? { period } : {}) });
    return page ? 'rendered' : 'nothing';
  } catch (error) {
    if (error instanceof Stopped) return error.how;
    throw error;
  }
}

describe('the dashboard page', () => {
  it('sends a signed-out visitor to sign in and back to the same period', async () => {
    expect(await openPage('30d')).toBe(`redirect /signin?callbackUrl=${encodeURIComponent('/admin?period=30d')}`);
  });

  it('refuses customers and staff', async () => {
    request.userId = customer.id;
    expect(await openPage()).toBe('forbidden');
    request.userId = staff.id;
    expect(await openPage()).toBe('forbidden');
  });

  it('shows the owner the dashboard', async () => {
    request.userId = owner.id;
    expect(await openPage('today')).toBe('rendered');
  });
});

describe('GET /api/admin/dashboard/export', () => {
  const get = () => GET(new Request('http://localhost/api/admin/dashboard/export?period=7d'));

  it('answers 401 signed out and 403 to customers and staff, with no figures', async () => {
    const signedOut = await get();
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).not.toContain('sales');
    for (const user of [customer, staff]) {
      request.userId = user.id;
      const response = await get();
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('sales');
    }
  });

  it('gives the owner a CSV download', async () => {
    request.userId = owner.id;
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="dashboard-7d-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    // A byte order mark first, so that Excel reads the UTF-8 (ä, ö) right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\n')[0]).toBe('section,item,day,metric,value');
  });
});
