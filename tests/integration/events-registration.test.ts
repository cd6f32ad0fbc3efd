// Event registration: confirmed places, the waitlist, refusals that change nothing, the e-mails
// (with a calendar file that parses) and the cancel link that frees a place for the waitlist.
// Domain functions and the public action run against the real database.
import '../support/test-database';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerForEventAction } from '@/lib/actions/register-for-event';
import { cancelEventRegistrationAction } from '@/lib/actions/cancel-event-registration';
import { prisma } from '@/lib/db';
import { cancelRegistration } from '@/lib/events/cancel-registration';
import { registerForEvent } from '@/lib/events/register-for-event';
import { GET as seatsRoute } from '@/app/api/events/[eventId]/seats/route';
import type { FormState } from '@/lib/forms/form-state';
import { createEvent, guest } from '../support/factories/events';
import { createUser } from '../support/factories/users';
import { form, request, resetRequest } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

const idle: FormState = { status: 'idle' };

beforeEach(resetRequest);

type Attachment = { filename: string; contentType: string; contentBase64: string };

async function emailsTo(email: string) {
  const rows = await prisma.outboxMessage.findMany({ where: { toEmail: email }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => ({ ...row, files: (row.attachments as Attachment[]).map((a) => ({ ...a, text: Buffer.from(a.contentBase64, 'base64').toString('utf8') })) }));
}

/** The token of the newest "manage my registration" link e-mailed to this address. */
async function cancelTokenFor(email: string): Promise<string> {
  const mails = await emailsTo(email);
  const match = /\/event-registration\/([A-Za-z0-9_-]+)/.exec(mails.at(-1)!.text);
  expect(match).not.toBeNull();
  return match![1];
}

async function snapshot(eventId: string) {
  return {
    registrations: await prisma.eventRegistration.count({ where: { eventId } }),
    outbox: await prisma.outboxMessage.count(),
    event: await prisma.event.findUniqueOrThrow({ where: { id: eventId } }),
  };
}

/** A property's value, after unfolding the long lines (RFC 5545: a line break and a space continue a line). */
function icsProperty(ics: string, name: string): string | undefined {
  return ics
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))?.replace(/^[^:]*:/, '');
}

describe('registering', () => {
  it('confirms a place and e-mails the confirmation in Finnish with a calendar file that parses', async () => {
    const startsAt = new Date('2031-06-12T15:00:00.000Z'); // 18:00 in Helsinki (summer time)
    const event = await createEvent({ startsAt, capacity: 20, titleFi: 'Kahvimaistelu: syksyn paahdot' });
    const input = guest(event.id, { name: 'Maija Meikäläinen', email: 'Maija.M@Example.com', seats: 2 });

    const result = await registerForEvent(input);

    expect(result.status).toBe('CONFIRMED');
    expect(result.registration).toMatchObject({ email: 'maija.m@example.com', seats: 2, status: 'CONFIRMED' });
    const [mail] = await emailsTo('maija.m@example.com');
    expect(mail.kind).toBe('event.confirmed');
    expect(mail.subject).toBe('Ilmoittautuminen vahvistettu: Kahvimaistelu: syksyn paahdot');
    expect(mail.text).toContain('Hei Maija Meikäläinen,');
    expect(mail.text).toContain('klo 18.00–20.00');
    expect(mail.text).toContain('2 paikkaa');
    expect(mail.text).toContain('Kauppakatu 5, 40100 Jyväskylä');
    expect(mail.text).toMatch(/\/event-registration\/[A-Za-z0-9_-]{40,}/);

    expect(mail.files).toHaveLength(1);
    const ics = mail.files[0];
    expect(ics.contentType).toContain('text/calendar');
    expect(ics.filename).toBe('tapahtuma.ics');
    expect(ics.text).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics.text).toContain('END:VCALENDAR');
    expect(icsProperty(ics.text, 'METHOD')).toBe('PUBLISH');
    expect(icsProperty(ics.text, 'DTSTART')).toBe('20310612T150000Z');
    expect(icsProperty(ics.text, 'DTEND')).toBe('20310612T170000Z');
    expect(icsProperty(ics.text, 'SUMMARY')).toBe('Kahvimaistelu: syksyn paahdot');
    expect(icsProperty(ics.text, 'UID')).toBe(`${result.registration.id}@localhost`);
    expect(icsProperty(ics.text, 'LOCATION')).toContain('Kauppakatu 5\\, 40100 Jyväskylä');
    expect(icsProperty(ics.text, 'URL')).toMatch(new RegExp(`/tapahtumat/kahvimaistelu-${event.id}$`));

    // Only the hash of the link's token is stored.
    const stored = await prisma.eventRegistration.findUniqueOrThrow({ where: { id: result.registration.id } });
    expect(mail.text).not.toContain(stored.cancelTokenHash);
    expect(stored.locale).toBe('fi');
  });

  it('writes to an English registration in English, linking the English event page', async () => {
    const event = await createEvent({ titleEn: 'Coffee tasting: the autumn roasts' });
    const input = guest(event.id, { locale: 'en' });
    await registerForEvent(input);
    const [mail] = await emailsTo(input.email);
    expect(mail.subject).toBe('You are signed up: Coffee tasting: the autumn roasts');
    expect(mail.files[0].filename).toBe('event.ics');
    expect(mail.text).toMatch(new RegExp(`/en/events/coffee-tasting-${event.id}`));
    expect(mail.text).toMatch(/\/en\/event-registration\//);
  });

  it('puts the guest on the waitlist when the event is full, and says so (no calendar file)', async () => {
    const event = await createEvent({ capacity: 3 });
    expect((await registerForEvent(guest(event.id, { seats: 3 }))).status).toBe('CONFIRMED');
    const late = guest(event.id);
    const result = await registerForEvent(late);
    expect(result.status).toBe('WAITLIST');
    const [mail] = await emailsTo(late.email);
    expect(mail.kind).toBe('event.waitlisted');
    expect(mail.subject).toMatch(/^Olet jonossa: /);
    expect(mail.text).toContain('olet jonossa');
    expect(mail.files).toHaveLength(0);
  });

  it('waitlists a party that no longer fits although single seats are left', async () => {
    const event = await createEvent({ capacity: 5 });
    await registerForEvent(guest(event.id, { seats: 4 }));
    expect((await registerForEvent(guest(event.id, { seats: 2 }))).status).toBe('WAITLIST');
    expect((await registerForEvent(guest(event.id, { seats: 1 }))).status).toBe('CONFIRMED');
  });
});

describe('refusals change nothing', () => {
  async function refused(eventId: string, run: () => Promise<unknown>, key: string) {
    const before = await snapshot(eventId);
    await expect(run()).rejects.toMatchObject({ code: 'VALIDATION', message: `events.errors.${key}` });
    expect(await snapshot(eventId)).toEqual(before);
  }

  it('refuses more seats than the whole event has, and more than ten', async () => {
    const event = await createEvent({ capacity: 4 });
    await refused(event.id, () => registerForEvent(guest(event.id, { seats: 5 })), 'seatsOverCapacity');
    const big = await createEvent({ capacity: 50 });
    await refused(big.id, () => registerForEvent(guest(big.id, { seats: 11 })), 'seatsTooMany');
    await refused(big.id, () => registerForEvent(guest(big.id, { seats: 0 })), 'seatsInvalid');
  });

  it('refuses an event that has started and a cancelled event', async () => {
    const started = await createEvent({ startsAt: new Date(Date.now() - 60_000) });
    await refused(started.id, () => registerForEvent(guest(started.id)), 'eventStarted');
    const cancelled = await createEvent({ status: 'CANCELLED' });
    await refused(cancelled.id, () => registerForEvent(guest(cancelled.id)), 'eventCancelled');
  });

  it('refuses the same e-mail twice, whatever its case', async () => {
    const event = await createEvent();
    await registerForEvent(guest(event.id, { email: 'twice@example.com' }));
    await refused(event.id, () => registerForEvent(guest(event.id, { email: 'TWICE@Example.com ' })), 'alreadyRegistered');
  });

  it('refuses the same e-mail twice even when both arrive at once', async () => {
    const event = await createEvent();
    const results = await Promise.allSettled([0, 1, 2, 3].map((i) => registerForEvent(guest(event.id, { email: i % 2 ? 'rush@example.com' : 'RUSH@example.com' }))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ message: 'events.errors.alreadyRegistered' });
    }
    expect(await prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(1);
  });

  it('lets a guest who cancelled register again', async () => {
    const event = await createEvent();
    const input = guest(event.id);
    await registerForEvent(input);
    await cancelRegistration(await cancelTokenFor(input.email));
    expect((await registerForEvent(input)).status).toBe('CONFIRMED');
  });
});

describe('cancelling with the link', () => {
  it('cancels once, promotes the oldest waitlisted guests that fit and e-mails them a place with the calendar file', async () => {
    const event = await createEvent({ capacity: 4 });
    const leaving = guest(event.id, { seats: 3 });
    await registerForEvent(leaving);
    await registerForEvent(guest(event.id, { seats: 1 }));
    const bigParty = guest(event.id, { seats: 4 }); // waits: would not fit in the 3 freed seats
    const first = guest(event.id, { seats: 2, locale: 'en' });
    const second = guest(event.id, { seats: 1 });
    const third = guest(event.id, { seats: 1 });
    for (const g of [bigParty, first, second, third]) expect((await registerForEvent(g)).status).toBe('WAITLIST');

    const result = await cancelRegistration(await cancelTokenFor(leaving.email));

    expect(result.alreadyCancelled).toBe(false);
    const byEmail = async (email: string) => prisma.eventRegistration.findFirstOrThrow({ where: { eventId: event.id, email } });
    expect((await byEmail(leaving.email)).status).toBe('CANCELLED');
    expect((await byEmail(first.email)).status).toBe('CONFIRMED');
    expect((await byEmail(second.email)).status).toBe('CONFIRMED');
    expect((await byEmail(bigParty.email)).status).toBe('WAITLIST');
    expect((await byEmail(third.email)).status).toBe('WAITLIST');
    const confirmedSeats = await prisma.eventRegistration.aggregate({ where: { eventId: event.id, status: 'CONFIRMED' }, _sum: { seats: true } });
    expect(confirmedSeats._sum.seats).toBe(4);

    const promotedMail = (await emailsTo(first.email)).at(-1)!;
    expect(promotedMail.kind).toBe('event.promoted');
    expect(promotedMail.subject).toMatch(/^You got a place: /);
    expect(promotedMail.files[0].text).toContain('BEGIN:VCALENDAR');
    expect(result.emailIds).toContain(promotedMail.id);
    expect((await emailsTo(second.email)).at(-1)!.kind).toBe('event.promoted');
    expect((await emailsTo(third.email)).map((m) => m.kind)).toEqual(['event.waitlisted']);

    // The link works once; a second click says it was already cancelled and promotes nobody.
    const again = await cancelRegistration(await cancelTokenFor(leaving.email));
    expect(again).toMatchObject({ alreadyCancelled: true, promotedIds: [] });
    expect((await byEmail(third.email)).status).toBe('WAITLIST');

    // The promoted guest's own new link cancels their place, which goes to the next that fits.
    await cancelRegistration(await cancelTokenFor(first.email));
    expect((await byEmail(third.email)).status).toBe('CONFIRMED');
  });

  it('refuses an unknown link and a registration whose event has started', async () => {
    await expect(cancelRegistration('x'.repeat(43))).rejects.toMatchObject({ message: 'events.errors.linkInvalid' });
    const event = await createEvent({ startsAt: new Date(Date.now() + 60_000) });
    const input = guest(event.id);
    await registerForEvent(input);
    const token = await cancelTokenFor(input.email);
    await expect(cancelRegistration(token, new Date(Date.now() + 120_000))).rejects.toMatchObject({ message: 'events.errors.eventStarted' });
    expect((await prisma.eventRegistration.findFirstOrThrow({ where: { eventId: event.id } })).status).toBe('CONFIRMED');
  });
});

describe('the public actions', () => {
  it('registers and answers plainly: confirmed, then waitlisted', async () => {
    const event = await createEvent({ capacity: 1 });
    const ok = await registerForEventAction(idle, form({ eventId: event.id, name: 'Aino', email: 'aino@example.com', seats: '1' }));
    expect(ok).toEqual({ status: 'ok', message: 'Ilmoittautuminen vahvistettu! Lähetimme vahvistuksen osoitteeseen aino@example.com.' });
    expect(request.sentSoon).toHaveLength(1);
    const waiting = await registerForEventAction(idle, form({ eventId: event.id, name: 'Eino', email: 'eino@example.com', seats: '1' }));
    expect(waiting.status).toBe('ok');
    expect(waiting.message).toMatch(/^Tapahtuma on täynnä, joten olet jonossa/);
  });

  it('links the registration to the signed-in shopper', async () => {
    const event = await createEvent();
    const shopper = await createUser();
    request.userId = shopper.id;
    await registerForEventAction(idle, form({ eventId: event.id, name: 'Aino', email: shopper.email, seats: '1' }));
    expect((await prisma.eventRegistration.findFirstOrThrow({ where: { eventId: event.id } })).userId).toBe(shopper.id);
  });

  it('gives field errors in Finnish and changes nothing', async () => {
    const event = await createEvent({ capacity: 2 });
    const bad = await registerForEventAction(idle, form({ eventId: event.id, name: ' ', email: 'not-an-email', seats: '0' }));
    expect(bad.status).toBe('error');
    expect(bad.fieldErrors).toEqual({ name: 'Kirjoita nimesi.', email: 'Tarkista sähköpostiosoite.', seats: 'Anna paikkojen määrä kokonaislukuna (vähintään 1).' });
    const tooMany = await registerForEventAction(idle, form({ eventId: event.id, name: 'Iso porukka', email: 'big@example.com', seats: '3' }));
    expect(tooMany.fieldErrors).toEqual({ seats: 'Tapahtumaan ei mahdu niin montaa. Valitse pienempi määrä paikkoja.' });
    await registerForEventAction(idle, form({ eventId: event.id, name: 'Aino', email: 'same@example.com', seats: '1' }));
    const twice = await registerForEventAction(idle, form({ eventId: event.id, name: 'Aino', email: 'Same@Example.com', seats: '1' }));
    expect(twice.fieldErrors).toEqual({ email: 'Tällä sähköpostiosoitteella on jo ilmoittautuminen tähän tapahtumaan.' });
    const past = await createEvent({ startsAt: new Date(Date.now() - 3_600_000) });
    const late = await registerForEventAction(idle, form({ eventId: past.id, name: 'Aino', email: 'late@example.com', seats: '1' }));
    expect(late).toMatchObject({ status: 'error', message: 'Tapahtuma on jo alkanut.' });
    expect(await prisma.eventRegistration.count({ where: { eventId: { in: [event.id, past.id] } } })).toBe(1);
  });

  it('cancels from the registration page once', async () => {
    const event = await createEvent();
    const input = guest(event.id);
    await registerForEvent(input);
    const token = await cancelTokenFor(input.email);
    expect(await cancelEventRegistrationAction(idle, form({ token }))).toMatchObject({ status: 'ok', message: expect.stringMatching(/^Ilmoittautumisesi on peruttu/) });
    expect(await cancelEventRegistrationAction(idle, form({ token }))).toMatchObject({ status: 'ok', message: 'Ilmoittautuminen oli jo peruttu.' });
  });
});

describe('the seats route', () => {
  async function seats(eventId: string) {
    const response = await seatsRoute(new Request('http://localhost/'), { params: Promise.resolve({ eventId }) });
    return { status: response.status, cache: response.headers.get('cache-control'), body: await response.json() };
  }

  it('tells live seats left, the waitlist and the state, never cached', async () => {
    const event = await createEvent({ capacity: 3 });
    expect(await seats(event.id)).toEqual({ status: 200, cache: 'no-store', body: { capacity: 3, seatsLeft: 3, waitlist: 0, state: 'open' } });
    await registerForEvent(guest(event.id, { seats: 3 }));
    await registerForEvent(guest(event.id));
    expect((await seats(event.id)).body).toEqual({ capacity: 3, seatsLeft: 0, waitlist: 1, state: 'full' });
    await prisma.event.update({ where: { id: event.id }, data: { status: 'CANCELLED' } });
    expect((await seats(event.id)).body.state).toBe('cancelled');
    const past = await createEvent({ startsAt: new Date(Date.now() - 1000) });
    expect((await seats(past.id)).body.state).toBe('past');
    expect((await seats('not-an-id')).status).toBe(404);
    expect((await seats(crypto.randomUUID())).status).toBe(404);
  });
});
