// The owner cancels an event: only the owner may; every active guest is told in their own
// language; the audit log records it; the event pages are revalidated; sign-up closes.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelEventAction } from '@/lib/actions/admin-event-cancel';
import { CONTENT_TAG } from '@/lib/content/cache-tags';
import { prisma } from '@/lib/db';
import { cancelRegistration } from '@/lib/events/cancel-registration';
import { getAdminEvent } from '@/lib/events/get-admin-event';
import { registerForEvent } from '@/lib/events/register-for-event';
import type { FormState } from '@/lib/forms/form-state';
import { createEvent, guest } from '../support/factories/events';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { form, outcome, request, resetRequest } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

const idle: FormState = { status: 'idle' };
type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let staff: User;
let customer: User;

beforeAll(async () => {
  owner = await createUser({ role: 'OWNER' });
  staff = await createUser({ role: 'STAFF' });
  customer = await createUser();
  const store = await createStore();
  await prisma.staffAssignment.create({ data: { userId: staff.id, storeId: store.id } });
});

beforeEach(resetRequest);

const cancel = (eventId: string) => outcome(() => cancelEventAction(idle, form({ eventId })));

describe('cancelling an event', () => {
  it('is for the owner only: the signed-out, customers and staff change nothing', async () => {
    const event = await createEvent();
    await registerForEvent(guest(event.id));
    const before = await prisma.outboxMessage.count();
    expect(await cancel(event.id)).toMatch(/^redirect \/signin/);
    request.userId = customer.id;
    expect(await cancel(event.id)).toBe('forbidden');
    request.userId = staff.id;
    expect(await cancel(event.id)).toBe('forbidden');
    expect((await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('SCHEDULED');
    expect(await prisma.outboxMessage.count()).toBe(before);
  });

  it('closes sign-up, tells every active guest in their language, audits and revalidates the pages', async () => {
    const event = await createEvent({ capacity: 2, titleFi: 'Kahvimaistelu', titleEn: 'Coffee tasting' });
    const fi = guest(event.id, { seats: 2 });
    const en = guest(event.id, { locale: 'en' });
    const gone = guest(event.id);
    await registerForEvent(fi);
    await registerForEvent(en); // waitlisted
    await registerForEvent(gone); // waitlisted, then cancels
    const goneMail = await prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: gone.email } });
    await cancelRegistration(/\/event-registration\/([A-Za-z0-9_-]+)/.exec(goneMail.text)![1]);

    request.userId = owner.id;
    const result = await cancel(event.id);

    expect(result).toEqual({ status: 'ok', message: 'Tapahtuma on peruttu. Lähetimme tiedon 2 ilmoittautuneelle.' });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('CANCELLED');
    const told = await prisma.outboxMessage.findMany({ where: { kind: 'event.cancelled', toEmail: { in: [fi.email, en.email, gone.email] } } });
    expect(told.map((m) => [m.toEmail, m.subject]).sort()).toEqual(
      [
        [fi.email, 'Tapahtuma on peruttu: Kahvimaistelu'],
        [en.email, 'Event cancelled: Coffee tasting'],
      ].sort(),
    );
    expect(request.sentSoon.flat().sort()).toEqual(told.map((m) => m.id).sort());
    expect(request.revalidated).toContain(CONTENT_TAG);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'event.cancelled', entityId: event.id } });
    expect(audit.actorId).toBe(owner.id);

    // Sign-up is closed, and a second cancel says it is already done and sends nothing more.
    await expect(registerForEvent(guest(event.id))).rejects.toMatchObject({ message: 'events.errors.eventCancelled' });
    expect(await cancel(event.id)).toEqual({ status: 'error', message: 'Tapahtuma on jo peruttu.' });
    expect(await prisma.outboxMessage.count({ where: { kind: 'event.cancelled', toEmail: { in: [fi.email, en.email] } } })).toBe(2);

    // The owner still sees who was coming.
    const view = await getAdminEvent(event.id, 'fi');
    expect(view).toMatchObject({ cancelled: true, title: 'Kahvimaistelu', confirmedSeats: 2 });
    expect(view!.confirmed.map((r) => r.email)).toEqual([fi.email]);
    expect(view!.waitlist.map((r) => r.email)).toEqual([en.email]);
    expect(view!.cancelledRegistrations.map((r) => r.email)).toEqual([gone.email]);
  });

  it('refuses an event that is over', async () => {
    const event = await createEvent({ startsAt: new Date(Date.now() - 5 * 3_600_000), durationMinutes: 60 });
    request.userId = owner.id;
    expect(await cancel(event.id)).toEqual({ status: 'error', message: 'Tapahtuma on jo ohi.' });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('SCHEDULED');
  });
});
