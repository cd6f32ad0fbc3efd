// Staff: invitations by e-mail with a one-time link, store assignments, deactivation, and who may
// do it. Server actions are called as Next would call them, with the signed-in user, locale,
// navigation and cache replaced by stand-ins; the database (and the e-mail outbox) is real.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { acceptInvitationAction } from '@/lib/actions/accept-invitation';
import { inviteStaffAction } from '@/lib/actions/admin-staff-invite';
import { revokeInvitationAction } from '@/lib/actions/admin-staff-revoke-invitation';
import { setStaffActiveAction } from '@/lib/actions/admin-staff-set-active';
import { setStaffStoresAction } from '@/lib/actions/admin-staff-set-stores';
import { getInvitationByToken } from '@/lib/admin/staff/get-invitation-by-token';
import { listStaff } from '@/lib/admin/staff/list-staff';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { acceptInvitation } from '@/lib/users/accept-invitation';
import { authenticate } from '@/lib/users/authenticate';
import { createStore } from '../support/factories/stores';
import { deliveredText } from '../support/delivered-email';
import { createUser } from '../support/factories/users';
import { outcome, request, resetRequest } from '../support/request-stand-ins';

type User = Awaited<ReturnType<typeof createUser>>;

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/catalog/revalidate-catalog', () => ({ revalidateProducts: async () => {}, revalidateCatalog: () => {} }));

const idle: FormState = { status: 'idle' };

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

const PASSWORD = 'Uusi-salasana-2026';
let owner: User;
let staff: User;
let customer: User;
let storeA: Awaited<ReturnType<typeof createStore>>;
let storeB: Awaited<ReturnType<typeof createStore>>;

beforeAll(async () => {
  storeA = await createStore({ name: 'Jyväskylä' });
  storeB = await createStore({ name: 'Tampere' });
  owner = await createUser({ role: 'OWNER', name: 'Päivi Pihlaja' });
  staff = await createUser({ role: 'STAFF' });
  await prisma.staffAssignment.create({ data: { userId: staff.id, storeId: storeA.id } });
  customer = await createUser();
});

beforeEach(resetRequest);

let emails = 0;
function newEmail(): string {
  emails += 1;
  return `uusi-${emails}-${Date.now()}@example.com`;
}

/** The owner invites; returns the invited user and the token from the e-mail's link. */
async function invite(fields: { email: string; name?: string; locale?: string; storeId?: string[] }) {
  request.userId = owner.id;
  const result = await inviteStaffAction(idle, form({ name: fields.name ?? 'Ville Varasto', locale: fields.locale ?? 'fi', storeId: [], ...fields }));
  request.userId = null;
  expect(result).toMatchObject({ status: 'ok' });
  const user = await prisma.user.findUniqueOrThrow({ where: { email: fields.email.toLowerCase() } });
  const message = await prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: fields.email.toLowerCase(), kind: 'staff.invitation' }, orderBy: { createdAt: 'desc' } });
  const token = /\/invitation\?token=([A-Za-z0-9_-]+)/.exec(await deliveredText(message))?.[1];
  expect(token).toBeDefined();
  return { result, user, message, token: token! };
}

describe('inviting a staff member', () => {
  it('creates a staff account without a password, assigns the stores, audits it and e-mails a one-time link in the chosen language', async () => {
    const email = newEmail();

    const { result, user, message, token } = await invite({ email, name: 'Ville Varasto', locale: 'en', storeId: [storeB.id] });

    expect(result).toEqual({ status: 'ok', redirectTo: `/admin/staff/${user.id}?done=invited` });
    expect(user).toMatchObject({ role: 'STAFF', name: 'Ville Varasto', locale: 'en', active: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })).passwordHash).toBeNull();
    expect(await prisma.staffAssignment.findMany({ where: { userId: user.id }, select: { storeId: true } })).toEqual([{ storeId: storeB.id }]);
    expect(message.subject).toBe('Pihlajan Puoti: invitation to join the staff');
    expect(message.text).toContain('Päivi Pihlaja has invited you');
    expect(message.text).toContain('Stores: Tampere.');
    expect(await deliveredText(message)).toContain(`http://localhost:3000/en/invitation?token=${token}`);
    expect(message.status).toBe('STORED');
    const stored = await prisma.staffInvitation.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    const audits = await prisma.auditLog.findMany({ where: { entityId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(audits.map((audit) => audit.action)).toEqual(['user.invited', 'staff.assigned']);
    expect(audits[0]).toMatchObject({ actorId: owner.id, data: expect.objectContaining({ email, newAccount: true, stores: ['Tampere'] }) });
  });

  it('lets the invited person set a password with the link once: then they can sign in, and the link is spent', async () => {
    const email = newEmail();
    const { user, token } = await invite({ email, storeId: [storeA.id] });
    expect(await getInvitationByToken(token)).toEqual({ name: 'Ville Varasto', email });

    const accepted = await acceptInvitationAction(idle, form({ token, password: PASSWORD }));
    const again = await acceptInvitationAction(idle, form({ token, password: 'Toinen-salasana-99' }));

    expect(accepted).toEqual({ status: 'ok', message: 'Salasana on asetettu. Kirjaudu nyt sisään sähköpostiosoitteellasi ja uudella salasanallasi.' });
    expect(again).toMatchObject({ status: 'error', fieldErrors: { password: 'Linkki on vanhentunut tai jo käytetty. Pyydä uusi linkki.' } });
    expect(await authenticate(email, PASSWORD, '203.0.113.5')).toMatchObject({ id: user.id, role: 'STAFF' });
    expect(await authenticate(email, 'Toinen-salasana-99', '203.0.113.5')).toBeNull();
    expect(await getInvitationByToken(token)).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();
  });

  it('refuses a link after its 7 days, an unknown link and a too short password; nothing changes', async () => {
    const email = newEmail();
    const { user, token } = await invite({ email });
    const eightDaysOn = new Date(Date.now() + 8 * 86_400_000);

    await expect(acceptInvitation(token, PASSWORD, eightDaysOn)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    expect(await getInvitationByToken(token, eightDaysOn)).toBeNull();
    expect(await acceptInvitationAction(idle, form({ token: 'not-a-real-token', password: PASSWORD }))).toMatchObject({ status: 'error' });
    expect(await acceptInvitationAction(idle, form({ token, password: 'lyhyt' }))).toMatchObject({
      status: 'error',
      fieldErrors: { password: 'Salasanassa on oltava vähintään 10 merkkiä.' },
    });

    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })).passwordHash).toBeNull();
    expect(await authenticate(email, PASSWORD, '203.0.113.6')).toBeNull();
  });

  it('a new invitation replaces the old link; stores chosen again are added, not doubled', async () => {
    const email = newEmail();
    const first = await invite({ email, storeId: [storeA.id] });
    const second = await invite({ email, storeId: [storeA.id, storeB.id] });

    expect(second.user.id).toBe(first.user.id);
    await expect(acceptInvitation(first.token, PASSWORD)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await acceptInvitation(second.token, PASSWORD);
    expect(await prisma.staffAssignment.count({ where: { userId: first.user.id } })).toBe(2);
  });

  it('keeps an existing customer a customer until they accept; accepting makes them staff, audited as a role change', async () => {
    const existing = await createUser({ name: 'Aino Asiakas', password: 'Vanha-salasana-1' });

    const { token } = await invite({ email: existing.email, name: 'Eri Nimi', storeId: [storeA.id] });

    expect(await prisma.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ role: 'CUSTOMER', name: 'Aino Asiakas' });
    expect(await authenticate(existing.email, 'Vanha-salasana-1', '203.0.113.7')).toMatchObject({ role: 'CUSTOMER' });

    await acceptInvitation(token, PASSWORD);

    expect(await authenticate(existing.email, PASSWORD, '203.0.113.7')).toMatchObject({ id: existing.id, role: 'STAFF' });
    const roleChange = await prisma.auditLog.findFirstOrThrow({ where: { entityId: existing.id, action: 'user.role_changed' } });
    expect(roleChange).toMatchObject({ actorId: owner.id, data: expect.objectContaining({ from: 'CUSTOMER', to: 'STAFF' }) });
  });

  it("refuses an owner's address, a deactivated account, a bad address and an unknown store; no e-mail is sent", async () => {
    const deactivated = await createUser({ role: 'STAFF' });
    await prisma.user.update({ where: { id: deactivated.id }, data: { active: false } });
    const outboxBefore = await prisma.outboxMessage.count();
    const usersBefore = await prisma.user.count();
    request.userId = owner.id;

    const ownerAddress = await inviteStaffAction(idle, form({ name: 'X', email: owner.email, locale: 'fi' }));
    const inactive = await inviteStaffAction(idle, form({ name: 'X', email: deactivated.email, locale: 'fi' }));
    const badAddress = await inviteStaffAction(idle, form({ name: '', email: 'ei-osoite', locale: 'fi' }));
    const unknownStore = await inviteStaffAction(idle, form({ name: 'X', email: newEmail(), locale: 'fi', storeId: '00000000-0000-4000-8000-000000000000' }));

    expect(ownerAddress).toMatchObject({ status: 'error', fieldErrors: { email: expect.stringContaining('kauppiaalle') } });
    expect(inactive).toMatchObject({ status: 'error', fieldErrors: { email: expect.stringContaining('poistettu käytöstä') } });
    expect(badAddress).toMatchObject({ status: 'error', fieldErrors: { name: 'Anna työntekijän nimi.', email: 'Sähköpostiosoite ei ole kelvollinen.' } });
    expect(unknownStore).toMatchObject({ status: 'error', fieldErrors: { storeIds: expect.stringContaining('myymälää ei löytynyt') } });
    expect(await prisma.outboxMessage.count()).toBe(outboxBefore);
    expect(await prisma.user.count()).toBe(usersBefore);
  });
});

describe('store assignments', () => {
  it('assigns and unassigns stores to match the checked ones, audited with the stores added and removed', async () => {
    const member = await createUser({ role: 'STAFF' });
    await prisma.staffAssignment.create({ data: { userId: member.id, storeId: storeA.id } });
    request.userId = owner.id;

    const swapped = await setStaffStoresAction(idle, form({ userId: member.id, storeId: [storeB.id] }));
    const none = await setStaffStoresAction(idle, form({ userId: member.id }));

    expect(swapped).toEqual({ status: 'ok', message: 'Myymälät on tallennettu.' });
    expect(none).toEqual({ status: 'ok', message: 'Myymälät on tallennettu.' });
    expect(await prisma.staffAssignment.count({ where: { userId: member.id } })).toBe(0);
    const audits = await prisma.auditLog.findMany({ where: { entityId: member.id, action: 'staff.assigned' }, orderBy: { createdAt: 'asc' } });
    expect(audits.map((audit) => audit.data)).toEqual([
      { added: ['Tampere'], removed: ['Jyväskylä'] },
      { added: [], removed: ['Tampere'] },
    ]);
  });

  it('refuses stores for the owner (who has every store) and for a customer never invited', async () => {
    request.userId = owner.id;

    expect(await setStaffStoresAction(idle, form({ userId: owner.id, storeId: [storeA.id] }))).toMatchObject({ status: 'error' });
    expect(await setStaffStoresAction(idle, form({ userId: customer.id, storeId: [storeA.id] }))).toMatchObject({ status: 'error', message: 'Etsimääsi ei löytynyt.' });
    expect(await prisma.staffAssignment.count({ where: { userId: { in: [owner.id, customer.id] } } })).toBe(0);
  });
});

describe('deactivating and reactivating', () => {
  it('a deactivated staff member cannot sign in; reactivated, they can again; both audited', async () => {
    const member = await createUser({ role: 'STAFF', password: PASSWORD });
    request.userId = owner.id;

    const off = await setStaffActiveAction(idle, form({ userId: member.id, active: 'false' }));

    expect(off).toEqual({ status: 'ok', message: 'Tili on poistettu käytöstä. Henkilö ei voi enää kirjautua.' });
    expect(await authenticate(member.email, PASSWORD, '203.0.113.8')).toBeNull();

    const on = await setStaffActiveAction(idle, form({ userId: member.id, active: 'true' }));

    expect(on).toEqual({ status: 'ok', message: 'Tili on taas käytössä.' });
    expect(await authenticate(member.email, PASSWORD, '203.0.113.8')).toMatchObject({ id: member.id });
    const actions = await prisma.auditLog.findMany({ where: { entityId: member.id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(['user.deactivated', 'user.reactivated']);
  });

  it("deactivating revokes a pending invitation's link", async () => {
    const { user, token } = await invite({ email: newEmail() });
    request.userId = owner.id;

    await setStaffActiveAction(idle, form({ userId: user.id, active: 'false' }));

    await expect(acceptInvitation(token, PASSWORD)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('an owner cannot deactivate themselves, nor a customer through the staff page', async () => {
    request.userId = owner.id;

    expect(await setStaffActiveAction(idle, form({ userId: owner.id, active: 'false' }))).toMatchObject({ status: 'error', message: 'Et voi poistaa omaa tiliäsi käytöstä.' });
    expect(await setStaffActiveAction(idle, form({ userId: customer.id, active: 'false' }))).toMatchObject({ status: 'error' });
    expect(await prisma.user.findMany({ where: { id: { in: [owner.id, customer.id] } }, select: { active: true } })).toEqual([{ active: true }, { active: true }]);
  });
});

describe('who may manage staff', () => {
  async function refusedByAll(run: () => Promise<FormState>) {
    request.userId = null;
    expect(await outcome(run)).toMatch(/^redirect \/signin/);
    request.userId = customer.id;
    expect(await outcome(run)).toBe('forbidden');
    request.userId = staff.id;
    expect(await outcome(run)).toBe('forbidden');
  }

  it('refuses signed-out callers, customers and staff an invitation; no account, link or e-mail is made', async () => {
    const email = newEmail();
    const counts = () => Promise.all([prisma.user.count(), prisma.staffInvitation.count(), prisma.outboxMessage.count()]);
    const before = await counts();

    await refusedByAll(() => inviteStaffAction(idle, form({ name: 'Luvaton', email, locale: 'fi', storeId: [storeA.id] })));

    expect(await counts()).toEqual(before);
  });

  it('refuses signed-out callers, customers and staff store assignments; nothing changes', async () => {
    await refusedByAll(() => setStaffStoresAction(idle, form({ userId: staff.id, storeId: [storeA.id, storeB.id] })));

    expect(await prisma.staffAssignment.findMany({ where: { userId: staff.id }, select: { storeId: true } })).toEqual([{ storeId: storeA.id }]);
  });

  it('refuses signed-out callers, customers and staff a deactivation; the account stays active', async () => {
    const member = await createUser({ role: 'STAFF' });

    await refusedByAll(() => setStaffActiveAction(idle, form({ userId: member.id, active: 'false' })));

    expect((await prisma.user.findUniqueOrThrow({ where: { id: member.id } })).active).toBe(true);
    expect(await prisma.auditLog.count({ where: { entityId: member.id } })).toBe(0);
  });
});

describe('cancelling an invitation', () => {
  it("stops the link; an invited customer stays a customer without the stores assigned ahead, and leaves the staff list", async () => {
    const existing = await createUser({ name: 'Aino Asiakas' });
    const { token } = await invite({ email: existing.email, storeId: [storeA.id] });
    request.userId = owner.id;

    const result = await revokeInvitationAction(idle, form({ userId: existing.id }));

    expect(result).toEqual({ status: 'ok', redirectTo: '/admin/staff?done=revoked' });
    await expect(acceptInvitation(token, PASSWORD)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ role: 'CUSTOMER', active: true });
    expect(await prisma.staffAssignment.count({ where: { userId: existing.id } })).toBe(0);
    expect((await listStaff()).some((row) => row.id === existing.id)).toBe(false);
    expect(await prisma.auditLog.count({ where: { entityId: existing.id, action: 'user.invitation_revoked' } })).toBe(1);
    expect(await revokeInvitationAction(idle, form({ userId: existing.id }))).toMatchObject({ status: 'error', message: 'Etsimääsi ei löytynyt.' });
  });

  it('shows who is invited, whose link expired or was cancelled, and who is active', async () => {
    const pending = await invite({ email: newEmail() });
    const cancelled = await invite({ email: newEmail() });
    const working = await createUser({ role: 'STAFF', password: PASSWORD });
    request.userId = owner.id;
    await revokeInvitationAction(idle, form({ userId: cancelled.user.id }));

    const statuses = new Map((await listStaff()).map((row) => [row.id, row.status]));
    const inEightDays = new Map((await listStaff(new Date(Date.now() + 8 * 86_400_000))).map((row) => [row.id, row.status]));

    expect(statuses.get(pending.user.id)).toBe('INVITED');
    expect(inEightDays.get(pending.user.id)).toBe('INVITATION_EXPIRED');
    expect(statuses.get(cancelled.user.id)).toBe('INVITATION_REVOKED');
    expect(statuses.get(working.id)).toBe('ACTIVE');
    expect(statuses.get(owner.id)).toBe('OWNER');
    expect((await listStaff())[0].role).toBe('OWNER');
  });

  it('refuses signed-out callers, customers and staff; the link keeps working', async () => {
    const { user, token } = await invite({ email: newEmail() });

    request.userId = null;
    expect(await outcome(() => revokeInvitationAction(idle, form({ userId: user.id })))).toMatch(/^redirect \/signin/);
    request.userId = customer.id;
    expect(await outcome(() => revokeInvitationAction(idle, form({ userId: user.id })))).toBe('forbidden');
    request.userId = staff.id;
    expect(await outcome(() => revokeInvitationAction(idle, form({ userId: user.id })))).toBe('forbidden');

    expect(await getInvitationByToken(token)).not.toBeNull();
  });
});
