// The stores, staff and settings pages of the back office, and the invitation page, rendered to
// HTML as they are first sent (server components resolved by hand, client components rendered on
// the server), on real data.
import '../support/test-database';
import { renderPage } from '../support/render-page';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import SettingsPage from '@/app/[locale]/(backoffice)/admin/settings/page';
import StaffMemberPage from '@/app/[locale]/(backoffice)/admin/staff/[id]/page';
import InviteStaffPage from '@/app/[locale]/(backoffice)/admin/staff/invite/page';
import StaffPage from '@/app/[locale]/(backoffice)/admin/staff/page';
import EditStorePage from '@/app/[locale]/(backoffice)/admin/stores/[id]/page';
import NewStorePage from '@/app/[locale]/(backoffice)/admin/stores/new/page';
import StoresPage from '@/app/[locale]/(backoffice)/admin/stores/page';
import InvitationPage from '@/app/[locale]/(shop)/invitation/page';
import { inviteStaff } from '@/lib/admin/staff/invite-staff';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { prisma } from '@/lib/db';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request } from '../support/request-stand-ins';
import { deliveredText } from '../support/delivered-email';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/admin/stores')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));

const params = <T extends Record<string, string> = Record<never, string>>(extra?: T) => Promise.resolve({ locale: 'fi', ...(extra as T) });

let owner: Awaited<ReturnType<typeof createUser>>;
let store: Awaited<ReturnType<typeof createStore>>;
let invited: { userId: string; token: string };

beforeAll(async () => {
  owner = await createUser({ role: 'OWNER', name: 'Päivi Pihlaja' });
  store = await createStore({ name: 'Kuopion myymälä', preparationMinutes: 45 });
  await prisma.storeOpeningHours.createMany({
    data: [1, 2, 3, 4, 5].map((weekday) => ({ storeId: store.id, weekday, opensAt: 600, closesAt: 1080 })).concat([{ storeId: store.id, weekday: 6, opensAt: 600, closesAt: 900 }]),
  });
  const tomorrow = helsinkiClock(new Date(Date.now() + 86_400_000)).date;
  await prisma.storeOpeningException.create({ data: { storeId: store.id, date: new Date(`${tomorrow}T00:00:00Z`), closed: true, noteFi: 'Inventaario' } });
  const { userId } = await inviteStaff({ name: 'Ville Varasto', email: `ville-${Date.now()}@example.com`, locale: 'fi', storeIds: [store.id] }, owner);
  const message = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'staff.invitation' }, orderBy: { createdAt: 'desc' } });
  invited = { userId, token: /token=([A-Za-z0-9_-]+)/.exec(await deliveredText(message))![1] };
  request.userId = owner.id;
});

describe('store pages', () => {
  it('lists the stores with their services, weekly hours in short and staff count', async () => {
    const html = await renderPage(StoresPage({ params: params() }));
    expect(html).toContain('Myymälät ja varastot');
    expect(html).toContain(`href="/admin/stores/${store.id}"`);
    expect(html).toContain('ma–pe 10:00–18:00');
    expect(html).toContain('la 10:00–15:00');
    expect(html).toContain('Valmis noin 45 min');
  });

  it('opens the editor with the saved hours, Sunday closed, and the exceptional days', async () => {
    const html = await renderPage(EditStorePage({ params: params({ id: store.id }), searchParams: Promise.resolve({ saved: 'updated' }) }));
    expect(html).toContain('Muutokset on tallennettu');
    expect(html).toMatch(/name="opens6"[^>]*value="10:00"|value="10:00"[^>]*name="opens6"/);
    expect(html).toMatch(/name="closes6"[^>]*value="15:00"|value="15:00"[^>]*name="closes6"/);
    const openBox = (day: number) => html.match(new RegExp(`<input[^>]*name="open${day}"[^>]*>`))?.[0];
    expect(openBox(6)).toContain('checked');
    expect(openBox(7)).toBeDefined();
    expect(openBox(7)).not.toContain('checked');
    expect(html).toContain('Inventaario');
    expect(html).toContain('Lisää poikkeuspäivä');
    await expect(renderPage(EditStorePage({ params: params({ id: 'nope' }), searchParams: Promise.resolve({}) }))).rejects.toMatchObject({ how: 'not found' });
  });

  it('opens an empty form for a new store', async () => {
    const html = await renderPage(NewStorePage({ params: params() }));
    expect(html).toContain('Uusi myymälä');
    expect(html).toContain('Lisää myymälä');
  });
});

describe('staff pages', () => {
  it('lists the owner and the invited person with their status and stores', async () => {
    const html = await renderPage(StaffPage({ params: params(), searchParams: Promise.resolve({}) }));
    expect(html).toContain('Päivi Pihlaja');
    expect(html).toContain('Kauppias');
    expect(html).toContain('Ville Varasto');
    expect(html).toContain('Kutsuttu');
    expect(html).toContain('Kuopion myymälä');
    expect(html).toContain('href="/admin/staff/invite"');
  });

  it("shows a staff member's invitation, stores and the deactivate button; the owner's own page cannot deactivate", async () => {
    const html = await renderPage(StaffMemberPage({ params: params({ id: invited.userId }), searchParams: Promise.resolve({ done: 'invited' }) }));
    expect(html).toContain('Kutsu on lähetetty osoitteeseen');
    expect(html).toContain('Lähetä uusi kutsulinkki');
    const storeBox = html.match(/<input[^>]*name="storeId"[^>]*>/g)?.find((input) => input.includes(`value="${store.id}"`));
    expect(storeBox).toContain('checked');
    expect(html).toContain('Poista käytöstä');

    const own = await renderPage(StaffMemberPage({ params: params({ id: owner.id }), searchParams: Promise.resolve({}) }));
    expect(own).toContain('Tämä on oma tilisi');
    expect(own).not.toContain('Poista käytöstä');
  });

  it('offers the invitation form with the stores to choose', async () => {
    const html = await renderPage(InviteStaffPage({ params: params() }));
    expect(html).toContain('Lähetä kutsu');
    expect(html).toContain('Kuopion myymälä');
  });
});

describe('settings page', () => {
  it('shows the settings as euros and the state of Stripe and e-mail', async () => {
    await prisma.setting.upsert({ where: { key: 'shipping.rates' }, create: { key: 'shipping.rates', value: { deliveryCents: 690, parcelLockerCents: 490, freeOverCents: null } }, update: { value: { deliveryCents: 690, parcelLockerCents: 490, freeOverCents: null } } });
    const html = await renderPage(SettingsPage({ params: params() }));
    expect(html).toMatch(/name="deliveryPrice"[^>]*value="6,90"|value="6,90"[^>]*name="deliveryPrice"/);
    expect(html).toMatch(/name="freeOver"[^>]*value=""|value=""[^>]*name="freeOver"/);
    expect(html).toContain('Korttimaksut (Stripe)');
    expect(html).toContain('href="/admin/outbox"');
  });
});

describe('the invitation page', () => {
  it('greets the invited person by name and asks for a password; a wrong link says so', async () => {
    const html = await renderPage(InvitationPage({ params: params(), searchParams: Promise.resolve({ token: invited.token }) }));
    expect(html).toContain('Hei Ville Varasto!');
    expect(html).toContain('name="password"');

    const wrong = await renderPage(InvitationPage({ params: params(), searchParams: Promise.resolve({ token: 'wrong' }) }));
    expect(wrong).toContain('Kutsulinkki on vanhentunut tai jo käytetty.');
    expect(wrong).not.toContain('name="password"');
  });
});

describe('who may open them', () => {
  it('the back-office pages are the owner’s only', async () => {
    const staff = await createUser({ role: 'STAFF' });
    request.userId = staff.id;
    try {
      await expect(renderPage(StoresPage({ params: params() }))).rejects.toMatchObject({ how: 'forbidden' });
      await expect(renderPage(EditStorePage({ params: params({ id: store.id }), searchParams: Promise.resolve({}) }))).rejects.toMatchObject({ how: 'forbidden' });
      await expect(renderPage(StaffPage({ params: params(), searchParams: Promise.resolve({}) }))).rejects.toMatchObject({ how: 'forbidden' });
      await expect(renderPage(StaffMemberPage({ params: params({ id: invited.userId }), searchParams: Promise.resolve({}) }))).rejects.toMatchObject({ how: 'forbidden' });
      await expect(renderPage(SettingsPage({ params: params() }))).rejects.toMatchObject({ how: 'forbidden' });
      request.userId = null;
      await expect(renderPage(StaffPage({ params: params(), searchParams: Promise.resolve({}) }))).rejects.toMatchObject({ how: 'redirect /signin?callbackUrl=%2Fadmin%2Fstaff' });
    } finally {
      request.userId = owner.id;
    }
  });
});
