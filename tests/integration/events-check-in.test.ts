// Staff check guests in at the door: only staff of the event's store (or the owner) may see the
// guest list or mark arrivals, action by action; arrivals can be undone.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventCheckInAction } from '@/lib/actions/event-check-in';
import { prisma } from '@/lib/db';
import { registerForEvent } from '@/lib/events/register-for-event';
import { listStaffEvents } from '@/lib/events/list-staff-events';
import StoreEventGuestsPage from '@/app/[locale]/(store)/store/events/[eventId]/page';
import type { FormState } from '@/lib/forms/form-state';
import { createEvent, guest } from '../support/factories/events';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { form, outcome, request, resetRequest } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/store/events')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

const idle: FormState = { status: 'idle' };
type User = Awaited<ReturnType<typeof createUser>>;

let owner: User;
let staff: User;
let otherStaff: User;
let customer: User;
let eventId: string;
let arrivingId: string;
let waitingId: string;

beforeAll(async () => {
  const store = await createStore();
  const otherStore = await createStore();
  owner = await createUser({ role: 'OWNER' });
  staff = await createUser({ role: 'STAFF' });
  otherStaff = await createUser({ role: 'STAFF' });
  customer = await createUser();
  await prisma.staffAssignment.create({ data: { userId: staff.id, storeId: store.id } });
  await prisma.staffAssignment.create({ data: { userId: otherStaff.id, storeId: otherStore.id } });
  const event = await createEvent({ storeId: store.id, capacity: 2, startsAt: new Date(Date.now() + 2 * 3_600_000), titleFi: 'Neuleilta' });
  eventId = event.id;
  arrivingId = (await registerForEvent(guest(eventId, { name: 'Aino Asiakas', seats: 2 }))).registration.id;
  waitingId = (await registerForEvent(guest(eventId, { name: 'Eino Jonossa' }))).registration.id;
  await createEvent({ storeId: otherStore.id, titleFi: 'Toisen myymälän ilta' });
});

beforeEach(resetRequest);

const arrive = (registrationId: string, arrived = true) => outcome(() => eventCheckInAction(idle, form({ eventId, registrationId, arrived: String(arrived) })));
const checkedInAt = async (id: string) => (await prisma.eventRegistration.findUniqueOrThrow({ where: { id } })).checkedInAt;

describe('the check-in action', () => {
  it('refuses the signed-out, customers and staff of another store, changing nothing', async () => {
    expect(await arrive(arrivingId)).toMatch(/^redirect \/signin/);
    request.userId = customer.id;
    expect(await arrive(arrivingId)).toBe('forbidden');
    request.userId = otherStaff.id;
    expect(await arrive(arrivingId)).toBe('forbidden');
    expect(await checkedInAt(arrivingId)).toBeNull();
  });

  it("marks the store's staff's guest arrived, keeps the first time, and undoes", async () => {
    request.userId = staff.id;
    expect(await arrive(arrivingId)).toEqual({ status: 'ok', message: 'Merkitty saapuneeksi.' });
    const first = await checkedInAt(arrivingId);
    expect(first).toBeInstanceOf(Date);
    expect(await arrive(arrivingId)).toMatchObject({ status: 'ok' });
    expect(await checkedInAt(arrivingId)).toEqual(first);
    expect(await arrive(arrivingId, false)).toEqual({ status: 'ok', message: 'Saapuminen peruttu.' });
    expect(await checkedInAt(arrivingId)).toBeNull();
  });

  it('lets the owner check in too, but not a waitlisted guest', async () => {
    request.userId = owner.id;
    expect(await arrive(arrivingId)).toMatchObject({ status: 'ok' });
    expect(await arrive(waitingId)).toEqual({ status: 'error', message: 'Vierasta ei löytynyt tapahtuman vahvistetuista ilmoittautumisista.' });
    expect(await checkedInAt(waitingId)).toBeNull();
    await arrive(arrivingId, false);
  });

  it('does not let a registration of one event be checked in through another', async () => {
    const other = await createEvent({ storeId: (await prisma.staffAssignment.findFirstOrThrow({ where: { userId: otherStaff.id } })).storeId });
    const stranger = (await registerForEvent(guest(other.id))).registration.id;
    request.userId = staff.id;
    expect(await arrive(stranger)).toMatchObject({ status: 'error' });
    expect(await checkedInAt(stranger)).toBeNull();
  });
});

describe('the guest list page and the event list', () => {
  const page = () => outcome(() => StoreEventGuestsPage({ params: Promise.resolve({ locale: 'fi', eventId }) }));

  it('is only for staff of the event’s store and the owner', async () => {
    expect(await page()).toMatch(/^redirect \/signin/);
    request.userId = customer.id;
    expect(await page()).toBe('forbidden');
    request.userId = otherStaff.id;
    expect(await page()).toBe('forbidden');
    request.userId = staff.id;
    expect(typeof (await page())).toBe('object');
    request.userId = owner.id;
    expect(typeof (await page())).toBe('object');
  });

  it('lists the events of the member’s own stores; the owner sees all', async () => {
    const mine = await listStaffEvents({ id: staff.id, email: staff.email, name: null, role: 'STAFF', locale: 'fi' }, 'fi');
    expect(mine.map((e) => e.title)).toEqual(['Neuleilta']);
    expect(mine[0]).toMatchObject({ confirmedSeats: 2, capacity: 2 });
    const all = await listStaffEvents({ id: owner.id, email: owner.email, name: null, role: 'OWNER', locale: 'fi' }, 'fi');
    expect(all.map((e) => e.title)).toEqual(expect.arrayContaining(['Neuleilta', 'Toisen myymälän ilta']));
  });
});
