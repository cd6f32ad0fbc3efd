// A deactivated staff member is refused at once, also with a session cookie issued before the
// deactivation: the real getSessionUser reads the account on each request. Only next-auth's
// cookie reading, the locale and navigation are stand-ins; the database is real.
import '../support/test-database';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setStaffActiveAction } from '@/lib/actions/admin-staff-set-active';
import { requireOwner, requireStaff } from '@/lib/auth/require';
import { prisma } from '@/lib/db';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';

const request = vi.hoisted(() => {
  class Navigated extends Error {
    constructor(readonly to: string) {
      super(`navigate to ${to}`);
    }
  }
  // The user id in the (still valid) session cookie.
  return { Navigated, sessionUserId: null as string | null };
});

vi.mock('next-auth', () => ({
  getServerSession: async () => (request.sessionUserId ? { user: { id: request.sessionUserId } } : null),
}));
vi.mock('@/lib/auth/options', () => ({ authOptions: {} }));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('fi');
  return {
    getLocale: async () => 'fi',
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'fi', messages, namespace: namespace as never }),
  };
});
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw new request.Navigated(href);
  },
}));
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new request.Navigated('403');
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

async function outcome<T>(run: () => Promise<T>): Promise<T | string> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof request.Navigated) return error.to;
    throw error;
  }
}

let store: Awaited<ReturnType<typeof createStore>>;
let owner: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  store = await createStore();
  owner = await createUser({ role: 'OWNER' });
});

describe('a deactivated staff member', () => {
  it('is let into their store before, and treated as signed out after the owner deactivates them', async () => {
    const member = await createUser({ role: 'STAFF' });
    await prisma.staffAssignment.create({ data: { userId: member.id, storeId: store.id } });
    request.sessionUserId = member.id;
    expect(await outcome(() => requireStaff(store.id))).toMatchObject({ id: member.id, role: 'STAFF' });

    request.sessionUserId = owner.id;
    const data = new FormData();
    data.append('userId', member.id);
    data.append('active', 'false');
    expect(await setStaffActiveAction({ status: 'idle' }, data)).toMatchObject({ status: 'ok' });

    request.sessionUserId = member.id;
    expect(await outcome(() => requireStaff(store.id, '/store'))).toBe('/signin?callbackUrl=%2Fstore');
    expect(await outcome(() => requireStaff())).toMatch(/^\/signin/);
  });

  it('a deactivated owner is refused the back office too', async () => {
    const other = await createUser({ role: 'OWNER' });
    await prisma.user.update({ where: { id: other.id }, data: { active: false } });
    request.sessionUserId = other.id;

    expect(await outcome(() => requireOwner('/admin'))).toBe('/signin?callbackUrl=%2Fadmin');
  });
});
