// The event pages rendered to HTML as first sent (server components resolved by hand, client
// components rendered on the server), on real data: the guest's registration page, the staff
// event list and guest list, the owner's event view, and the public registration panel.
import '../support/test-database';
import { renderPage } from '../support/render-page';
import { createElement } from 'react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import AdminEventPage from '@/app/[locale]/(backoffice)/admin/events/[eventId]/page';
import EventRegistrationPage from '@/app/[locale]/(shop)/event-registration/[token]/page';
import StoreEventGuestsPage from '@/app/[locale]/(store)/store/events/[eventId]/page';
import StoreEventsPage from '@/app/[locale]/(store)/store/events/page';
import { RegistrationPanel } from '@/components/events/registration-panel';
import { prisma } from '@/lib/db';
import { registerForEvent } from '@/lib/events/register-for-event';
import { createEvent, guest } from '../support/factories/events';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request, resetRequest } from '../support/request-stand-ins';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/store/events')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let staff: User;
let eventId: string;
let token: string;

beforeAll(async () => {
  const store = await createStore({ name: 'Pihlajan Puoti Jyväskylä', street: 'Kauppakatu 5', postalCode: '40100', city: 'Jyväskylä' });
  owner = await createUser({ role: 'OWNER' });
  staff = await createUser({ role: 'STAFF' });
  await prisma.staffAssignment.create({ data: { userId: staff.id, storeId: store.id } });
  const event = await createEvent({ storeId: store.id, capacity: 3, startsAt: new Date('2031-06-12T15:00:00Z'), titleFi: 'Kahvimaistelu: syksyn paahdot' });
  eventId = event.id;
  const arrived = await registerForEvent(guest(eventId, { name: 'Aino Asiakas', email: 'aino@example.com', seats: 2 }));
  await prisma.eventRegistration.update({ where: { id: arrived.registration.id }, data: { checkedInAt: new Date('2031-06-12T15:05:00Z') } });
  await registerForEvent(guest(eventId, { name: 'Eero Esimerkki', email: 'eero@example.com' }));
  await registerForEvent(guest(eventId, { name: 'Jaana Jonossa', email: 'jaana@example.com', seats: 2 }));
  const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: 'eero@example.com' } });
  token = /\/event-registration\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
});

beforeEach(resetRequest);

describe('the guest’s registration page', () => {
  it('shows what was booked and the cancel button', async () => {
    const html = await renderPage(EventRegistrationPage({ params: Promise.resolve({ locale: 'fi', token }) }));
    expect(html).toContain('Kahvimaistelu: syksyn paahdot');
    expect(html).toContain('Paikkasi on vahvistettu');
    expect(html).toContain('to 12.6.2031 klo 18–20');
    expect(html).toContain('Pihlajan Puoti Jyväskylä, Kauppakatu 5, 40100 Jyväskylä');
    expect(html).toContain('Peru ilmoittautumiseni');
    expect(html).toContain(`/tapahtumat/kahvimaistelu-${eventId}`);
  });

  it('says plainly when the link is not valid', async () => {
    const html = await renderPage(EventRegistrationPage({ params: Promise.resolve({ locale: 'fi', token: 'x'.repeat(43) }) }));
    expect(html).toContain('Linkki ei ole voimassa');
    expect(html).not.toContain('Peru ilmoittautumiseni');
  });
});

describe('staff check-in pages', () => {
  it('lists the event with its arrivals', async () => {
    request.userId = staff.id;
    const html = await renderPage(StoreEventsPage({ params: Promise.resolve({ locale: 'fi' }) }));
    expect(html).toContain('Kahvimaistelu: syksyn paahdot');
    expect(html).toContain('3 / 3 paikkaa varattu');
    expect(html).toContain('Saapunut 2 / 3 henkeä');
    expect(html).toContain(`/store/events/${eventId}`);
  });

  it('shows the guest list with arrived / confirmed, a big Saapui button and the waitlist', async () => {
    request.userId = staff.id;
    const html = await renderPage(StoreEventGuestsPage({ params: Promise.resolve({ locale: 'fi', eventId }) }));
    expect(html).toContain('Saapunut 2 / 3 henkeä');
    expect(html).toContain('Hae nimellä tai sähköpostilla');
    expect(html).toContain('Saapui klo 18.05');
    expect(html).toContain('aria-label="Peru saapuminen: Aino Asiakas"');
    expect(html).toContain('aria-label="Saapui: Eero Esimerkki"');
    expect(html).toMatch(/Jonossa[\s\S]*Jaana Jonossa/);
    expect(html).not.toContain('aria-label="Saapui: Jaana Jonossa"');
  });
});

describe('the owner’s event view', () => {
  it('shows the registrations by status with counts and the cancel button', async () => {
    request.userId = owner.id;
    const html = await renderPage(AdminEventPage({ params: Promise.resolve({ locale: 'fi', eventId }) }));
    expect(html).toContain('Vahvistetut (2)');
    expect(html).toContain('Jonossa (1)');
    expect(html).toContain('Perutut (0)');
    expect(html).toContain('3 / 3 (vapaana 0)');
    expect(html).toContain('jaana@example.com');
    expect(html).toContain('Peru tapahtuma');
  });
});

describe('the public registration panel', () => {
  it('renders the form with labelled fields before the seats arrive', async () => {
    const html = await renderPage(createElement(RegistrationPanel, { eventId }));
    expect(html).toContain('Haetaan vapaita paikkoja');
    expect(html).toMatch(/<label[^>]*>Nimi/);
    expect(html).toMatch(/<label[^>]*>Sähköposti/);
    expect(html).toMatch(/<label[^>]*>Paikkoja/);
    expect(html).toContain(`value="${eventId}"`);
    expect(html).toContain('>Ilmoittaudu</button>');
  });
});
