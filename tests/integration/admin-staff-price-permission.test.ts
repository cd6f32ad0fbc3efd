// The owner allows a staff member to change prices at the till, or forbids it: only the owner may,
// only staff can be given it, and each change is audited.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setStaffPricePermissionAction } from '@/lib/actions/admin-staff-set-price-permission';
import { prisma } from '@/lib/db';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';
import { createStaff } from './handover-fixtures';
import '../support/test-database';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));

beforeEach(resetRequest);

function form(userId: string, allowed: boolean) {
  const data = new FormData();
  data.append('userId', userId);
  data.append('allowed', String(allowed));
  return data;
}

async function allowed(userId: string) {
  return (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { canOverridePrices: true } })).canOverridePrices;
}

async function stoppedBy(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof Stopped)) throw new Error(`Expected the request to be stopped, got ${String(error)}`);
  return error.how;
}

describe('setStaffPricePermissionAction', () => {
  it('the owner allows and forbids it; each change is audited', async () => {
    const store = await createStore();
    const staff = await createStaff([store.id]);
    const owner = await createStaff([], { role: 'OWNER' });
    request.userId = owner.id;
    expect(await setStaffPricePermissionAction({ status: 'idle' }, form(staff.id, true))).toMatchObject({ status: 'ok', message: 'Hintojen muuttaminen kassalla sallittu.' });
    expect(await allowed(staff.id)).toBe(true);
    expect(await setStaffPricePermissionAction({ status: 'idle' }, form(staff.id, false))).toMatchObject({ status: 'ok' });
    expect(await allowed(staff.id)).toBe(false);
    const audits = await prisma.auditLog.findMany({ where: { action: 'user.price_permission_changed', entityId: staff.id }, orderBy: { createdAt: 'asc' }, select: { actorId: true, data: true } });
    expect(audits).toEqual([{ actorId: owner.id, data: { allowed: true } }, { actorId: owner.id, data: { allowed: false } }]);
  });

  it('staff (even allowed ones) and customers are refused; a customer cannot be given it', async () => {
    const store = await createStore();
    const staff = await createStaff([store.id]);
    await prisma.user.update({ where: { id: staff.id }, data: { canOverridePrices: true } });
    const other = await createStaff([store.id]);
    request.userId = staff.id;
    expect(await stoppedBy(setStaffPricePermissionAction({ status: 'idle' }, form(other.id, true)))).toBe('forbidden');
    const customer = await createUser();
    request.userId = customer.id;
    expect(await stoppedBy(setStaffPricePermissionAction({ status: 'idle' }, form(other.id, true)))).toBe('forbidden');
    expect(await allowed(other.id)).toBe(false);
    request.userId = (await createStaff([], { role: 'OWNER' })).id;
    expect(await setStaffPricePermissionAction({ status: 'idle' }, form(customer.id, true))).toMatchObject({ status: 'error' });
    expect(await allowed(customer.id)).toBe(false);
  });
});
