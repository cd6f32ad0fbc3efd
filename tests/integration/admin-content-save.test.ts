// The content editor's save: a story or event page is created and updated in one go, the body
// validated block by block; bad input gives a localized message next to its field and saves
// nothing; a renamed published page keeps its old address; language versions are linked.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createContentTranslationAction } from '@/lib/actions/create-content-translation';
import { saveContentAction } from '@/lib/actions/save-content';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request, resetRequest } from '../support/request-stand-ins';
import { contentForm, contentSnapshot } from './admin-content-fixtures';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

const idle: FormState = { status: 'idle' };
let ownerId: string;
let storeId: string;
let warehouseId: string;
let tagId: string;

beforeAll(async () => {
  ownerId = (await createUser({ role: 'OWNER', name: 'Päivi Pihlaja' })).id;
  storeId = (await createStore()).id;
  warehouseId = (await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false })).id;
  tagId = (await prisma.tag.create({ data: { slug: 'kahvi-test', nameFi: 'Kahvi', nameEn: 'Coffee' } })).id;
});

beforeEach(() => {
  resetRequest();
  request.userId = ownerId;
});

/** The id in the editor address an action sends the browser to. */
function savedId(state: FormState): string {
  const match = /\/admin\/content\/([0-9a-f-]{36})\?/.exec(state.redirectTo ?? '');
  if (!match) throw new Error(`not saved: ${JSON.stringify(state)}`);
  return match[1];
}

describe('saving a story', () => {
  it('creates a draft by the owner with its slug made from the title, tags and the sanitized body, audited and revalidated', async () => {
    const product = await createProduct();
    const state = await saveContentAction(
      idle,
      contentForm({ title: 'Syksyn kävelyretki Ähtärissä', excerpt: 'Lyhyesti.', tagIds: [tagId], coverImageUrl: '/uploads/x.png', coverImageAlt: 'Polku metsässä' }, [
        { type: 'heading', text: 'Reitti', level: 2 },
        { type: 'text', html: '<p>Lähde <strong>aamulla</strong>.</p><script>alert(1)</script>' },
        { type: 'productCard', productSlug: product.slug },
        { type: 'callToAction', text: 'Tapahtumat', href: '/events' },
      ]),
    );
    expect(state.status).toBe('ok');
    expect(state.redirectTo).toMatch(/\?done=created$/);
    const content = await prisma.content.findUniqueOrThrow({ where: { id: savedId(state) }, include: { tags: true } });
    expect(content).toMatchObject({
      type: 'STORY',
      locale: 'fi',
      status: 'DRAFT',
      slug: 'syksyn-kavelyretki-ahtarissa',
      title: 'Syksyn kävelyretki Ähtärissä',
      excerpt: 'Lyhyesti.',
      coverImageAlt: 'Polku metsässä',
      authorId: ownerId,
      publishedAt: null,
    });
    expect(content.tags.map((t) => t.tagId)).toEqual([tagId]);
    expect(content.body).toEqual([
      { type: 'heading', text: 'Reitti', level: 2 },
      { type: 'text', html: '<p>Lähde <strong>aamulla</strong>.</p>' },
      { type: 'productCard', productSlug: product.slug },
      { type: 'callToAction', text: 'Tapahtumat', href: '/events' },
    ]);
    expect(await prisma.auditLog.count({ where: { entityId: content.id, action: 'content.created', actorId: ownerId } })).toBe(1);
    expect(request.revalidated).toContain('content');
  });

  it('updates a story in place and keeps an old published slug as a redirect', async () => {
    const id = savedId(await saveContentAction(idle, contentForm({ title: 'Vanha nimi', slug: 'vanha-nimi' })));
    await prisma.content.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    const state = await saveContentAction(idle, contentForm({ contentId: id, title: 'Uusi nimi', slug: 'uusi-nimi' }));
    expect(state.redirectTo).toMatch(/\?done=saved$/);
    expect(await prisma.content.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: 'uusi-nimi', title: 'Uusi nimi', status: 'PUBLISHED' });
    expect(await prisma.contentSlugRedirect.findMany({ where: { contentId: id }, select: { locale: true, oldSlug: true } })).toEqual([{ locale: 'fi', oldSlug: 'vanha-nimi' }]);
    expect(await prisma.auditLog.findFirst({ where: { entityId: id, action: 'content.saved' }, select: { data: true } })).toMatchObject({ data: { previousSlug: 'vanha-nimi', slug: 'uusi-nimi' } });
  });

  it('does not leave a redirect when a draft that was never public is renamed', async () => {
    const id = savedId(await saveContentAction(idle, contentForm({ title: 'Luonnos', slug: 'luonnos-a' })));
    await saveContentAction(idle, contentForm({ contentId: id, title: 'Luonnos', slug: 'luonnos-b' }));
    expect(await prisma.contentSlugRedirect.count({ where: { contentId: id } })).toBe(0);
  });
});

describe('bad input saves nothing and says why', () => {
  async function refused(form: FormData) {
    const before = await contentSnapshot();
    const state = await saveContentAction(idle, form);
    expect(state.status).toBe('error');
    expect(await contentSnapshot()).toEqual(before);
    return state;
  }

  it('refuses a missing title', async () => {
    const state = await refused(contentForm({ title: '  ' }));
    expect(state.fieldErrors).toMatchObject({ title: 'Kirjoita otsikko.' });
    expect(state.message).toBeTruthy();
  });

  it('refuses a slug already used in the same language, but allows it in the other', async () => {
    await saveContentAction(idle, contentForm({ title: 'Kahvit', slug: 'kahvit' }));
    const state = await refused(contentForm({ title: 'Toiset kahvit', slug: 'kahvit' }));
    expect(state.fieldErrors).toMatchObject({ slug: 'Tällä kielellä on jo sisältöä tällä osoitteella. Valitse toinen.' });
    expect((await saveContentAction(idle, contentForm({ title: 'Coffees', slug: 'kahvit', locale: 'en' }))).status).toBe('ok');
  });

  it('refuses a slug with characters an address cannot have', async () => {
    const state = await refused(contentForm({ title: 'Otsikko', slug: 'ääkköset ja välit' }));
    expect(state.fieldErrors?.slug).toMatch(/pieniä kirjaimia/);
  });

  it('refuses an image block without alt text, next to that block', async () => {
    const state = await refused(
      contentForm({ title: 'Kuvat' }, [
        { type: 'text', html: '<p>Alku.</p>' },
        { type: 'image', url: '/uploads/kuva.png', alt: '   ' },
      ]),
    );
    expect(state.fieldErrors).toMatchObject({ 'body.1.alt': 'Kirjoita kuvalle vaihtoehtoinen teksti: mitä kuvassa näkyy.' });
  });

  it('refuses a cover image without alt text', async () => {
    const state = await refused(contentForm({ title: 'Kansi', coverImageUrl: '/uploads/kansi.png' }));
    expect(state.fieldErrors).toMatchObject({ coverImageAlt: 'Kirjoita kuvalle vaihtoehtoinen teksti: mitä kuvassa näkyy.' });
  });

  it('refuses a call to action to a javascript: address with a clear message', async () => {
    const state = await refused(contentForm({ title: 'Linkki' }, [{ type: 'callToAction', text: 'Klikkaa', href: 'javascript:alert(1)' }]));
    expect(state.fieldErrors).toMatchObject({ 'body.0.href': 'Linkin pitää olla tämän kaupan polku (esim. /tapahtumat) tai https-osoite.' });
  });

  it('refuses a body that is not JSON blocks', async () => {
    const form = contentForm({ title: 'Rikki' });
    form.set('body', '{not json');
    const state = await refused(form);
    expect(state.fieldErrors?.body).toMatch(/lohkoja ei voitu lukea/);
  });

  it('refuses a text block that is empty once its markup is sanitized', async () => {
    const state = await refused(contentForm({ title: 'Tyhjä' }, [{ type: 'text', html: '<script>alert(1)</script><iframe></iframe>' }]));
    expect(state.fieldErrors).toMatchObject({ 'body.0.html': 'Kirjoita teksti.' });
  });

  it('refuses a tag that does not exist', async () => {
    const state = await refused(contentForm({ title: 'Avainsanat', tagIds: ['00000000-0000-4000-8000-000000000000'] }));
    expect(state.fieldErrors).toMatchObject({ tagIds: 'Valitse avainsanat listasta.' });
  });

  it('refuses a product grid without products, category or tag', async () => {
    const state = await refused(contentForm({ title: 'Ruudukko' }, [{ type: 'productGrid', limit: 4 }]));
    expect(state.fieldErrors).toMatchObject({ 'body.0.productSlugs': 'Valitse ruudukkoon tuotteet, tuoteryhmä tai avainsana (yksi näistä).' });
  });
});

describe('event pages', () => {
  const eventFields = (overrides: Record<string, string | string[]> = {}) => ({
    type: 'EVENT',
    title: 'Kahvimaistelu',
    'event.storeId': storeId,
    'event.startsAt': '2099-06-05T18:00',
    'event.endsAt': '2099-06-05T20:00',
    'event.capacity': '20',
    'event.status': 'SCHEDULED',
    ...overrides,
  });

  it('creates the event with the page (Helsinki times stored as UTC), and the English version shares it', async () => {
    const product = await createProduct();
    const id = savedId(await saveContentAction(idle, contentForm(eventFields({ 'event.featuredProductIds': [product.id] }))));
    const content = await prisma.content.findUniqueOrThrow({ where: { id }, include: { event: { include: { featuredProducts: true } } } });
    expect(content.event).toMatchObject({ storeId, capacity: 20, status: 'SCHEDULED' });
    // June: Helsinki is UTC+3.
    expect(content.event?.startsAt.toISOString()).toBe('2099-06-05T15:00:00.000Z');
    expect(content.event?.featuredProducts.map((f) => f.productId)).toEqual([product.id]);

    const translated = await createContentTranslationAction(idle, contentForm({ contentId: id }));
    const english = await prisma.content.findUniqueOrThrow({ where: { id: savedId(translated) } });
    expect(english).toMatchObject({ locale: 'en', status: 'DRAFT', eventId: content.eventId, translationGroupId: content.translationGroupId, title: 'Kahvimaistelu', body: content.body });

    // Editing the English page changes the one shared event.
    await saveContentAction(idle, contentForm({ ...eventFields({ 'event.capacity': '30' }), contentId: english.id, title: 'Coffee tasting' }));
    expect(await prisma.event.count({ where: { id: content.eventId! } })).toBe(1);
    expect((await prisma.event.findUniqueOrThrow({ where: { id: content.eventId! } })).capacity).toBe(30);
    // A second "create the English version" opens the existing one.
    expect(savedId(await createContentTranslationAction(idle, contentForm({ contentId: id })))).toBe(english.id);
  });

  it('refuses an event in the warehouse, one that ends before it starts, and no capacity', async () => {
    const before = await contentSnapshot();
    const warehouse = await saveContentAction(idle, contentForm(eventFields({ 'event.storeId': warehouseId, title: 'Varastolla' })));
    expect(warehouse.fieldErrors).toMatchObject({ 'event.storeId': 'Valitse myymälä, jossa tapahtuma järjestetään.' });
    const backwards = await saveContentAction(idle, contentForm(eventFields({ 'event.endsAt': '2099-06-05T17:00', 'event.capacity': '' })));
    expect(backwards.fieldErrors).toMatchObject({ 'event.endsAt': 'Tapahtuman pitää päättyä alkamisen jälkeen.', 'event.capacity': expect.stringMatching(/Paikkamäärän/) });
    expect(await contentSnapshot()).toEqual(before);
  });

  describe("an event's guests", () => {
    let pageId: string;
    let eventId: string;
    let title: string;
    let guest = 0;

    async function register(status: 'CONFIRMED' | 'WAITLIST', seats: number, locale: 'fi' | 'en' = 'fi') {
      guest += 1;
      return prisma.eventRegistration.create({
        data: { eventId, name: `Vieras ${guest}`, email: `vieras-${guest}-${Date.now()}@example.com`, seats, status, locale, cancelTokenHash: `hash-${guest}-${Date.now()}` },
      });
    }

    beforeEach(async () => {
      title = `Ilta ${Date.now()}`;
      pageId = savedId(await saveContentAction(idle, contentForm(eventFields({ title, 'event.capacity': '4' }))));
      eventId = (await prisma.content.findUniqueOrThrow({ where: { id: pageId } })).eventId!;
      request.sentSoon = [];
    });

    it('refuses fewer places than confirmed seats, changing nothing', async () => {
      await register('CONFIRMED', 3);
      const before = await contentSnapshot();
      const state = await saveContentAction(idle, contentForm({ ...eventFields({ title, 'event.capacity': '2' }), contentId: pageId }));
      expect(state.fieldErrors).toMatchObject({ 'event.capacity': expect.stringMatching(/vähemmän kuin vahvistetuissa/) });
      expect(await contentSnapshot()).toEqual(before);
      expect((await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).capacity).toBe(4);
    });

    it('gives added places to the waitlist, oldest first, with an e-mail each', async () => {
      await register('CONFIRMED', 4);
      const waiting = await register('WAITLIST', 2, 'en');
      const later = await register('WAITLIST', 3);
      await saveContentAction(idle, contentForm({ ...eventFields({ title, 'event.capacity': '6' }), contentId: pageId }));
      expect((await prisma.eventRegistration.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('CONFIRMED');
      expect((await prisma.eventRegistration.findUniqueOrThrow({ where: { id: later.id } })).status).toBe('WAITLIST');
      const mails = await prisma.outboxMessage.findMany({ where: { toEmail: waiting.email } });
      expect(mails).toHaveLength(1);
      expect(request.sentSoon).toEqual([[mails[0].id]]);
    });

    it('cancelling the event in the editor tells every guest with a place or on the waitlist', async () => {
      const confirmed = await register('CONFIRMED', 2);
      const waiting = await register('WAITLIST', 3, 'en');
      const state = await saveContentAction(idle, contentForm({ ...eventFields({ title, 'event.status': 'CANCELLED' }), contentId: pageId }));
      expect(state.status).toBe('ok');
      expect((await prisma.event.findUniqueOrThrow({ where: { id: eventId } })).status).toBe('CANCELLED');
      const mails = await prisma.outboxMessage.findMany({ where: { toEmail: { in: [confirmed.email, waiting.email] }, kind: 'event.cancelled' } });
      expect(mails.map((m) => m.toEmail).sort()).toEqual([confirmed.email, waiting.email].sort());
      expect(await prisma.auditLog.count({ where: { entityId: eventId, action: 'event.cancelled', actorId: ownerId } })).toBe(1);
      // Saving the cancelled event again does not tell them twice.
      await saveContentAction(idle, contentForm({ ...eventFields({ 'event.status': 'CANCELLED', title: `${title} peruttu` }), contentId: pageId }));
      expect(await prisma.outboxMessage.count({ where: { toEmail: confirmed.email, kind: 'event.cancelled' } })).toBe(1);
    });
  });
});
