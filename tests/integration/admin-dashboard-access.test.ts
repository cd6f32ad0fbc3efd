// Only the owner sees the dashboard and downloads its figures: the page and the CSV route, called
// as Next would call them, with the signed-in user and navigation replaced by stand-ins.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/admin/dashboard/export/route';
import AdminDashboardPage from '@/app/[locale]/(backoffice)/admin/page';
import { createUser } from '../support/factories/users';

type TestUser = { id: string; role: 'CUSTOMER' | 'STAFF' | 'OWNER'; email: string; name: string | null; locale: 'fi' | 'en' };

const request = vi.hoisted(() => {
  class Navigated extends Error {
    constructor(readonly to: string) {
      super(`navigate to ${to}`);
    }
  }
  return { Navigated, user: null as null | TestUser };
});

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => request.user }));
vi.mock('next-intl/server', async () => {
  const { createTranslator, createFormatter } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('fi');
  return {
    getLocale: async () => 'fi',
    setRequestLocale: () => {},
    getTranslations: async (namespace?: string | { namespace: string }) =>
      createTranslator({ locale: 'fi', messages, namespace: (typeof namespace === 'object' ? namespace.namespace : namespace) as never }),
    getFormatter: async () => createFormatter({ locale: 'fi', timeZone: 'Europe/Helsinki' }),
  };
});
vi.mock('@/i18n/navigation', () => ({
  Link: () => null,
  redirect: ({ href }: { href: string }) => {
    throw new request.Navigated(href);
  },
}));
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new request.Navigated('403');
  },
  notFound: () => {
    throw new request.Navigated('404');
  },
}));

let customer: TestUser;
let staff: TestUser;
let owner: TestUser;

async function asUser(role: TestUser['role']): Promise<TestUser> {
  const user = await createUser({ role });
  return { id: user.id, role, email: user.email, name: user.name, locale: 'fi' };
}

beforeAll(async () => {
  customer = await asUser('CUSTOMER');
  staff = await asUser('STAFF');
  owner = await asUser('OWNER');
});

beforeEach(() => {
  request.user = null;
});

/** Where the page sent the browser ('403', '/signin?...'), or 'rendered'. */
async function openPage(period?: string): Promise<string> {
  try {
    const page = await AdminDashboardPage({ params: Promise.resolve({ locale: 'fi' }), searchParams: Promise.resolve(period ? { period } : {}) });
    return page ? 'rendered' : 'nothing';
  } catch (error) {
    if (error instanceof request.Navigated) return error.to;
    throw error;
  }
}

describe('the dashboard page', () => {
  it('sends a signed-out visitor to sign in and back to the same period', async () => {
    expect(await openPage('30d')).toBe(`/signin?callbackUrl=${encodeURIComponent('/admin?period=30d')}`);
  });

  it('refuses customers and staff', async () => {
    request.user = customer;
    expect(await openPage()).toBe('403');
    request.user = staff;
    expect(await openPage()).toBe('403');
  });

  it('shows the owner the dashboard', async () => {
    request.user = owner;
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
      request.user = user;
      const response = await get();
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('sales');
    }
  });

  it('gives the owner a CSV download', async () => {
    request.user = owner;
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
