import { describe, expect, it } from 'vitest';
import { eventIcs, shopHost } from '@/lib/events/event-ics';
import { pickEventPage } from '@/lib/events/event-title';
import { formatDateTime } from '@/lib/events/format-clock-time';
import { eventState, normalizeEmail, pickPromotions, placeFor, seatsLeft } from '@/lib/events/registration-rules';
import { registrationForm } from '@/lib/events/registration-schema';

describe('seats', () => {
  it('counts seats left, never below zero', () => {
    expect(seatsLeft(10, 7)).toBe(3);
    expect(seatsLeft(10, 12)).toBe(0);
  });

  it('confirms a party that fits and waitlists one that does not', () => {
    expect(placeFor(3, 10, 7)).toBe('CONFIRMED');
    expect(placeFor(4, 10, 7)).toBe('WAITLIST');
    expect(placeFor(1, 10, 10)).toBe('WAITLIST');
  });

  it('tells the state of sign-up', () => {
    const now = new Date('2030-01-01T12:00:00Z');
    const later = new Date('2030-01-02T12:00:00Z');
    expect(eventState({ status: 'SCHEDULED', startsAt: later, capacity: 5 }, 4, now)).toBe('open');
    expect(eventState({ status: 'SCHEDULED', startsAt: later, capacity: 5 }, 5, now)).toBe('full');
    expect(eventState({ status: 'SCHEDULED', startsAt: now, capacity: 5 }, 0, now)).toBe('past');
    expect(eventState({ status: 'CANCELLED', startsAt: later, capacity: 5 }, 0, now)).toBe('cancelled');
  });
});

describe('pickPromotions', () => {
  const waiting = (seats: number[]) => seats.map((s, i) => ({ id: `r${i}`, seats: s }));

  it('promotes the oldest first while seats last', () => {
    expect(pickPromotions(waiting([1, 2, 1, 1]), 3).map((r) => r.id)).toEqual(['r0', 'r1']);
  });

  it('lets a smaller party behind a too-big one take the seats, keeping the big one waiting', () => {
    expect(pickPromotions(waiting([4, 2, 1, 1]), 3).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('promotes nobody when no seat is free', () => {
    expect(pickPromotions(waiting([1]), 0)).toEqual([]);
  });
});

describe('registration input', () => {
  const eventId = '0b4b8f3e-1f0a-4c7e-9d3a-2a1b3c4d5e6f';

  it('compares e-mails in lower case without spaces', () => {
    expect(normalizeEmail('  Maija.M@Example.COM ')).toBe('maija.m@example.com');
  });

  it('accepts a sensible form and gives message keys for the rest', () => {
    expect(registrationForm.parse({ eventId, name: ' Aino ', email: 'aino@example.com', seats: '2' })).toEqual({ eventId, name: 'Aino', email: 'aino@example.com', seats: 2 });
    const bad = registrationForm.safeParse({ eventId, name: '', email: 'x@', seats: '1.5' });
    expect(bad.success).toBe(false);
    expect(Object.fromEntries(bad.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      name: 'events.errors.nameRequired',
      email: 'events.errors.emailInvalid',
      seats: 'events.errors.seatsInvalid',
    });
    expect(registrationForm.safeParse({ eventId, name: 'A', email: 'a@example.com', seats: '11' }).error!.issues[0].message).toBe('events.errors.seatsTooMany');
  });
});

describe('the event page to show', () => {
  const pages = [
    { locale: 'fi' as const, title: 'Luonnos', slug: 'a', status: 'DRAFT' },
    { locale: 'en' as const, title: 'Tasting', slug: 'b', status: 'PUBLISHED' },
  ];

  it("prefers the reader's language, then a published page", () => {
    expect(pickEventPage(pages, 'en')?.title).toBe('Tasting');
    expect(pickEventPage(pages, 'fi')?.title).toBe('Luonnos');
    expect(pickEventPage([pages[1]], 'fi')?.title).toBe('Tasting');
    expect(pickEventPage([], 'fi')).toBeNull();
  });
});

describe('event times in Helsinki', () => {
  it('formats a winter date and time in Helsinki time', () => {
    expect(formatDateTime(new Date('2031-12-11T16:05:00Z'), 'fi')).toBe('11.12.2031 klo 18.05');
  });
});

describe('eventIcs', () => {
  it('builds a PUBLISH calendar with UTC times, the place and the page', () => {
    const ics = eventIcs({
      uid: 'reg-1@shop.example',
      title: 'Neuleilta: ensimmäiset villasukat',
      startsAt: new Date('2031-12-11T16:00:00Z'),
      endsAt: new Date('2031-12-11T18:30:00Z'),
      location: 'Pihlajan Puoti Tampere, Hämeenkatu 1, 33100 Tampere',
      url: 'https://shop.example/tapahtumat/neuleilta',
    });
    const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('UID:reg-1@shop.example');
    expect(lines).toContain('DTSTART:20311211T160000Z');
    expect(lines).toContain('DTEND:20311211T183000Z');
    expect(lines).toContain('SUMMARY:Neuleilta: ensimmäiset villasukat');
    expect(lines).toContain('LOCATION:Pihlajan Puoti Tampere\\, Hämeenkatu 1\\, 33100 Tampere');
    expect(lines).toContain('URL:https://shop.example/tapahtumat/neuleilta');
  });

  it('takes the host name of the shop address for UIDs', () => {
    expect(shopHost('https://puoti.example:8443/')).toBe('puoti.example');
    expect(shopHost('not a url')).toBe('digijalka');
  });
});
