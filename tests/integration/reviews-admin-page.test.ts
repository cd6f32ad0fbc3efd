// Only the owner opens the review list: the page, called as Next would call it, with the
// signed-in user and navigation replaced by stand-ins.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import AdminReviewsPage from '@/app/[locale]/(backoffice)/admin/reviews/page';
import { createUser } from '../support/factories/users';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/admin/reviews')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));

const users: Partial<Record<'CUSTOMER' | 'STAFF' | 'OWNER', string>> = {};

beforeAll(async () => {
  for (const role of ['CUSTOMER', 'STAFF', 'OWNER'] as const) users[role] = (await createUser({ role })).id;
});

beforeEach(resetRequest);

async function openPage(): Promise<string> {
  try {
    const page = await AdminReviewsPage({ params: Promise.resolve({ locale: 'fi' }) });
    return page ? 'rendered' : 'nothing';
  } catch (error) {
    if (error instanceof Stopped) return error.how;
    throw error;
  }
}

describe('the review list', () => {
  it('sends a signed-out visitor to sign in, refuses customers and staff, and shows the owner the list', async () => {
    expect(await openPage()).toBe(`redirect /signin?callbackUrl=${encodeURIComponent('/admin/reviews')}`);
    request.userId = users.CUSTOMER!;
    expect(await openPage()).toBe('forbidden');
    request.userId = users.STAFF!;
    expect(await openPage()).toBe('forbidden');
    request.userId = users.OWNER!;
    expect(await openPage()).toBe('rendered');
  });
});
