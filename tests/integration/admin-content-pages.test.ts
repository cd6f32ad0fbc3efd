// The content list and the editor, rendered to HTML as first sent (server components resolved by
// hand, client components rendered on the server), on real data; and who may open them.
import '../support/test-database';
import { renderPage } from '../support/render-page';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import EditContentPage from '@/app/[locale]/(backoffice)/admin/content/[id]/page';
import NewContentPage from '@/app/[locale]/(backoffice)/admin/content/new/page';
import AdminContentPage from '@/app/[locale]/(backoffice)/admin/content/page';
import ContentPreviewPage from '@/app/[locale]/(backoffice)/admin/content/[id]/preview/page';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { outcome, request } from '../support/request-stand-ins';
import { createContentRow } from './admin-content-fixtures';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlPagesStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationPagesStandIn('/admin/content')));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));

const params = <T extends Record<string, string>>(extra?: T) => Promise.resolve({ locale: 'fi', ...(extra as T) });
const noQuery = Promise.resolve({});

let ownerId: string;
let customerId: string;
let storyId: string;
let eventPageId: string;
let eventId: string;

beforeAll(async () => {
  ownerId = (await createUser({ role: 'OWNER' })).id;
  customerId = (await createUser()).id;
  const store = await createStore({ name: 'Kauppakadun myymälä' });
  const product = await createProduct({ nameFi: 'Aamupaahto' });
  const story = await createContentRow({ status: 'SCHEDULED', scheduledAt: new Date('2099-05-01T09:00:00Z') });
  await prisma.content.update({
    where: { id: story.id },
    data: { title: 'Syksyn kahvit', body: [{ type: 'heading', text: 'Paahdot', level: 2 }, { type: 'productCard', productSlug: product.slug }] },
  });
  storyId = story.id;
  const event = await prisma.event.create({
    data: { storeId: store.id, startsAt: new Date('2099-06-05T15:00:00Z'), endsAt: new Date('2099-06-05T17:00:00Z'), capacity: 12, featuredProducts: { create: { productId: product.id } } },
  });
  eventId = event.id;
  eventPageId = (await prisma.content.create({ data: { type: 'EVENT', locale: 'fi', slug: 'kahvimaistelu', title: 'Kahvimaistelu', eventId: event.id } })).id;
});

beforeEach(() => {
  request.userId = ownerId;
});

describe('the content list', () => {
  it('lists content with type, language versions, status with its scheduled time, and a new button per type', async () => {
    const html = await renderPage(AdminContentPage({ params: params(), searchParams: noQuery }));
    expect(html).toContain('Syksyn kahvit');
    expect(html).toContain('Kahvimaistelu');
    expect(html).toContain('Ajastettu');
    expect(html).toMatch(/julkaistaan 1\.5\.2099/);
    expect(html).toContain('englanti: puuttuu');
    for (const label of ['Uusi tarina', 'Uusi opas', 'Uusi tapahtuma']) expect(html).toContain(label);
  });

  it('filters by type and status', async () => {
    const html = await renderPage(AdminContentPage({ params: params(), searchParams: Promise.resolve({ type: 'EVENT' }) }));
    expect(html).toContain('Kahvimaistelu');
    expect(html).not.toContain('Syksyn kahvit');
    const published = await renderPage(AdminContentPage({ params: params(), searchParams: Promise.resolve({ status: 'PUBLISHED' }) }));
    expect(published).toContain('Ei sisältöjä');
  });
});

describe('the editor', () => {
  it('opens a story with its blocks, product names and the publishing panel', async () => {
    const html = await renderPage(EditContentPage({ params: params({ id: storyId }), searchParams: Promise.resolve({ done: 'scheduled' }) }));
    expect(html).toContain('value="Syksyn kahvit"');
    expect(html).toContain('Lohko 1: Väliotsikko');
    expect(html).toContain('Lohko 2: Tuotekortti');
    expect(html).toContain('Valittu tuote: Aamupaahto');
    expect(html).toContain('Julkaisu ajastettu.');
    expect(html).toContain('Luo englanninkielinen versio');
    expect(html).toContain(`/admin/content/${storyId}/preview`);
  });

  it('opens an event page with the event in Helsinki time and a link to its registrations', async () => {
    const html = await renderPage(EditContentPage({ params: params({ id: eventPageId }), searchParams: noQuery }));
    expect(html).toContain('value="2099-06-05T18:00"');
    expect(html).toContain('Kauppakadun myymälä');
    expect(html).toContain(`/admin/events/${eventId}`);
    expect(html).toContain('Aamupaahto');
  });

  it('offers an empty event form for a new event', async () => {
    const html = await renderPage(NewContentPage({ params: params(), searchParams: Promise.resolve({ type: 'EVENT' }) }));
    expect(html).toContain('Uusi tapahtuma');
    expect(html).toContain('name="event.startsAt"');
    expect(html).toContain('name="type" value="EVENT"');
  });
});

describe('who may open them', () => {
  it.each([
    ['the list', () => AdminContentPage({ params: params(), searchParams: noQuery })],
    ['a new story', () => NewContentPage({ params: params(), searchParams: noQuery })],
    ['the editor', () => EditContentPage({ params: params({ id: storyId }), searchParams: noQuery })],
    ['the preview', () => ContentPreviewPage({ params: params({ id: storyId }) })],
  ])('%s: a customer gets 403 and a signed-out visitor is sent to sign in', async (_, open) => {
    request.userId = customerId;
    expect(await outcome(open)).toBe('forbidden');
    request.userId = null;
    expect(await outcome(open)).toMatch(/^redirect \/signin/);
  });

  it('an unknown id is not found', async () => {
    expect(await outcome(() => EditContentPage({ params: params({ id: 'not-a-uuid' }), searchParams: noQuery }))).toBe('not found');
  });
});
