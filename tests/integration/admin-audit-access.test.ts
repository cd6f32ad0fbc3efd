// Only the owner reads the audit log: the page, called as Next would call it, with the signed-in
// user and navigation replaced by stand-ins.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import AuditLogPage from '@/app/[locale]/(backoffice)/admin/audit/page';
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
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('fi');
  return {
    getLocale: async () => 'fi',
    setRequestLocale: () => {},
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'fi', messages, namespace: namespace as never }),
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

const users: Partial<Record<TestUser['role'], TestUser>> = {};

beforeAll(async () => {
  for (const role of ['CUSTOMER', 'STAFF', 'OWNER'] as const) {
    const user = await createUser({ role });
    users[role] = { id: user.id, role, email: user.email, name: user.name, locale: 'fi' };
  }
});

beforeEach(() => {
  request.user = null;
});

async function openPage(): Promise<string> {
  try {
    const page = await AuditLogPage({ params: Promise.resolve({ locale: 'fi' }), searchParams: Promise.resolve({ group: 'price' }) });
    return page ? 'rendered' : 'nothing';
  } catch (error) {
    if (error instanceof request.Navigated) return error.to;
    throw error;
  }
}

describe('the audit log page', () => {
  it('sends a signed-out visitor to sign in, refuses customers and staff, and shows the owner the log', async () => {
    expect(await openPage()).toBe(`/signin?callbackUrl=${encodeURIComponent('/admin/audit')}`);
    request.user = users.CUSTOMER!;
    expect(await openPage()).toBe('403');
    request.user = users.STAFF!;
    expect(await openPage()).toBe('403');
    request.user = users.OWNER!;
    expect(await openPage()).toBe('rendered');
  });
});
