// What readers of stories, guides and events are shown: only published content, index pages
// by topic and page, events coming and past, related reading, and addresses that moved.
import '../support/test-database';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getContentView } from '@/lib/content/get-content-view';
import { getEventCard } from '@/lib/content/get-event-card';
import { listContentIndex } from '@/lib/content/list-content-index';
import { listContentTags } from '@/lib/content/list-content-tags';
import { listEventIndex } from '@/lib/content/list-event-index';
import { listLatestStories } from '@/lib/content/list-latest-stories';
import { listRelatedContent } from '@/lib/content/list-related-content';
import { listUpcomingEvents } from '@/lib/content/list-upcoming-events';
import { resolveContentSlug } from '@/lib/content/resolve-content-slug';
import { createContent, createTag, createTranslatedContent, tagContent } from '../support/factories/content';
import { createEvent } from '../support/factories/events';
import { createUser } from '../support/factories/users';

const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
const publicOnly = { includeUnpublished: false };
const preview = { includeUnpublished: true };

describe('getContentView', () => {
  it('shows a published story with its author, tags, blocks and translation', async () => {
    const author = await createUser({ name: 'Päivi Pihlaja' });
    const tag = await createTag({ nameFi: 'Kotimainen', nameEn: 'Made in Finland' });
    const { fi, en } = await createTranslatedContent(
      {
        title: 'Puusepän verstaalla',
        authorId: author.id,
        tagIds: [tag.id],
        body: [
          { type: 'heading', text: 'Hitaasti kuivattu' },
          { type: 'text', html: '<p>Koivu.</p>' },
          { type: 'bogus' } as never,
        ],
      },
      { title: 'At the workshop', tagIds: [tag.id] },
    );

    const view = await getContentView({ type: 'STORY', locale: 'fi', slug: fi.slug }, publicOnly);

    expect(view).toMatchObject({
      id: fi.id,
      type: 'STORY',
      status: 'PUBLISHED',
      title: 'Puusepän verstaalla',
      authorName: 'Päivi Pihlaja',
      tags: [{ slug: tag.slug, name: 'Kotimainen' }],
      translation: { locale: 'en', slug: en.slug },
      event: null,
    });
    // A block that no longer validates is left out, the others keep their order and defaults.
    expect(view?.body).toEqual([
      { type: 'heading', text: 'Hitaasti kuivattu', level: 2 },
      { type: 'text', html: '<p>Koivu.</p>' },
    ]);
    const english = await getContentView({ id: en.id }, publicOnly);
    expect(english?.tags).toEqual([{ slug: tag.slug, name: 'Made in Finland' }]);
  });

  it('hides drafts and scheduled content from readers but not from the preview', async () => {
    const draft = await createContent({ status: 'DRAFT' });
    const scheduled = await createContent({ status: 'SCHEDULED', scheduledAt: daysFromNow(2) });

    for (const row of [draft, scheduled]) {
      expect(await getContentView({ type: 'STORY', locale: 'fi', slug: row.slug }, publicOnly)).toBeNull();
      expect(await getContentView({ id: row.id }, publicOnly)).toBeNull();
      expect(await getContentView({ id: row.id }, preview)).toMatchObject({ id: row.id, status: row.status });
    }
  });

  it('names a translation only when readers can open it', async () => {
    const { fi, en } = await createTranslatedContent({}, { status: 'DRAFT' });
    expect((await getContentView({ id: fi.id }, publicOnly))?.translation).toBeNull();
    expect((await getContentView({ id: fi.id }, preview))?.translation).toEqual({ locale: 'en', slug: en.slug });
  });

  it('finds content only in its own section', async () => {
    const guide = await createContent({ type: 'GUIDE' });
    expect(await getContentView({ type: 'STORY', locale: 'fi', slug: guide.slug }, publicOnly)).toBeNull();
    expect(await getContentView({ type: 'GUIDE', locale: 'fi', slug: guide.slug }, publicOnly)).not.toBeNull();
  });

  it('gives an event page its time, store and featured products', async () => {
    const event = await createEvent({ startsAt: daysFromNow(5), capacity: 12 });
    const product = await prisma.product.create({ data: { slug: `kahvi-${event.id}`, nameFi: 'Kahvi', nameEn: 'Coffee', status: 'ACTIVE' } });
    await prisma.eventFeaturedProduct.create({ data: { eventId: event.id, productId: product.id } });
    const page = await prisma.content.findFirstOrThrow({ where: { eventId: event.id, locale: 'fi' } });

    const view = await getContentView({ type: 'EVENT', locale: 'fi', slug: page.slug }, publicOnly);

    expect(view?.event).toMatchObject({
      id: event.id,
      capacity: 12,
      status: 'SCHEDULED',
      store: { street: 'Kauppakatu 5', postalCode: '40100', city: 'Jyväskylä' },
      featuredProductSlugs: [product.slug],
    });
    expect(view?.event?.startsAt).toEqual(event.startsAt);
  });
});

describe('index pages', () => {
  it('lists published stories of one language, newest first, by topic and page', async () => {
    const tag = await createTag();
    const other = await createTag();
    const stories = [];
    for (let i = 0; i < 5; i++) stories.push(await createContent({ tagIds: [tag.id], publishedAt: daysFromNow(-10 + i) }));
    await createContent({ tagIds: [tag.id], status: 'DRAFT' });
    await createContent({ tagIds: [tag.id], locale: 'en' });
    await createContent({ tagIds: [tag.id], type: 'GUIDE' });
    await createContent({ tagIds: [other.id] });

    const first = await listContentIndex({ type: 'STORY', locale: 'fi', tagSlug: tag.slug, page: 1, perPage: 2 });
    const last = await listContentIndex({ type: 'STORY', locale: 'fi', tagSlug: tag.slug, page: 3, perPage: 2 });

    expect(first.total).toBe(5);
    expect(first.pageCount).toBe(3);
    expect(first.items.map((c) => c.id)).toEqual([stories[4].id, stories[3].id]);
    expect(last.items.map((c) => c.id)).toEqual([stories[0].id]);
    const all = await listContentIndex({ type: 'STORY', locale: 'fi', perPage: 100 });
    expect(all.items.map((c) => c.id)).toEqual(expect.arrayContaining(stories.map((s) => s.id)));
    expect(all.items.every((c) => c.type === 'STORY' && c.locale === 'fi')).toBe(true);
  });

  it('offers the topics that have published content in the section and language', async () => {
    const used = await createTag({ nameFi: 'Ääni' });
    const draftOnly = await createTag();
    const englishOnly = await createTag();
    await createContent({ type: 'GUIDE', tagIds: [used.id] });
    await createContent({ type: 'GUIDE', tagIds: [used.id] });
    await createContent({ type: 'GUIDE', tagIds: [draftOnly.id], status: 'DRAFT' });
    await createContent({ type: 'GUIDE', tagIds: [englishOnly.id], locale: 'en' });

    const tags = await listContentTags({ type: 'GUIDE', locale: 'fi' });

    expect(tags).toContainEqual({ slug: used.slug, name: 'Ääni', count: 2 });
    expect(tags.map((t) => t.slug)).not.toContain(draftOnly.slug);
    expect(tags.map((t) => t.slug)).not.toContain(englishOnly.slug);
  });

  it('lists coming events soonest first and past events on their own', async () => {
    const tag = await createTag();
    const later = await createEvent({ startsAt: daysFromNow(10) });
    const soon = await createEvent({ startsAt: daysFromNow(1), status: 'CANCELLED' });
    const past = await createEvent({ startsAt: daysFromNow(-3) });
    for (const event of [later, soon, past]) {
      const pages = await prisma.content.findMany({ where: { eventId: event.id } });
      for (const page of pages) await tagContent(page.id, [tag.id]);
    }

    const index = await listEventIndex({ locale: 'fi', tagSlug: tag.slug, now: new Date() });

    const eventIds = async (ids: string[]) =>
      (await prisma.content.findMany({ where: { id: { in: ids } }, select: { id: true, eventId: true } })).sort(
        (a, b) => ids.indexOf(a.id) - ids.indexOf(b.id),
      ).map((c) => c.eventId);
    expect(await eventIds(index.upcoming.map((c) => c.id))).toEqual([soon.id, later.id]);
    expect(index.upcoming[0].event?.cancelled).toBe(true);
    expect(await eventIds(index.past.items.map((c) => c.id))).toEqual([past.id]);
    expect(index.upcoming.every((c) => c.locale === 'fi')).toBe(true);
  });
});

describe('home page', () => {
  it('shows the next events that are on, and the newest stories and guides', async () => {
    const cancelled = await createEvent({ startsAt: new Date(Date.now() + 60_000), status: 'CANCELLED' });
    const next = await createEvent({ startsAt: new Date(Date.now() + 120_000) });
    const guide = await createContent({ type: 'GUIDE', locale: 'en', publishedAt: daysFromNow(1) });
    const story = await createContent({ type: 'STORY', locale: 'en', publishedAt: daysFromNow(0.5) });
    await createContent({ type: 'STORY', locale: 'en', status: 'DRAFT', publishedAt: daysFromNow(2) });

    const events = await listUpcomingEvents({ locale: 'fi', now: new Date(), limit: 1 });
    const stories = await listLatestStories({ locale: 'en', limit: 2 });

    const first = await prisma.content.findUniqueOrThrow({ where: { id: events[0].id } });
    expect(first.eventId).toBe(next.id);
    expect(first.eventId).not.toBe(cancelled.id);
    expect(stories.map((s) => s.id)).toEqual([guide.id, story.id]);
  });
});

describe('related content', () => {
  it('suggests published content in the same language sharing the most tags', async () => {
    const [a, b, c] = [await createTag(), await createTag(), await createTag()];
    const story = await createContent({ tagIds: [a.id, b.id] });
    const twoShared = await createContent({ type: 'GUIDE', tagIds: [a.id, b.id], publishedAt: daysFromNow(-5) });
    const oneShared = await createContent({ tagIds: [b.id, c.id], publishedAt: daysFromNow(-1) });
    await createContent({ tagIds: [c.id] });
    await createContent({ tagIds: [a.id], status: 'DRAFT' });
    await createContent({ tagIds: [a.id], locale: 'en' });
    const pastEvent = await createEvent({ startsAt: daysFromNow(-2) });
    const pastPage = await prisma.content.findFirstOrThrow({ where: { eventId: pastEvent.id, locale: 'fi' } });
    await tagContent(pastPage.id, [a.id, b.id]);

    const related = await listRelatedContent({ contentId: story.id, now: new Date() });

    expect(related.map((r) => r.id)).toEqual([twoShared.id, oneShared.id]);
  });

  it('suggests nothing for content without tags', async () => {
    const story = await createContent();
    await createContent();
    expect(await listRelatedContent({ contentId: story.id, now: new Date() })).toEqual([]);
  });
});

describe('resolveContentSlug', () => {
  it('sends an old slug to the current address for good', async () => {
    const story = await createContent({ slug: `uusi-${Date.now()}` });
    await prisma.contentSlugRedirect.create({ data: { locale: 'fi', oldSlug: `vanha-${story.id}`, contentId: story.id } });

    expect(await resolveContentSlug({ type: 'STORY', locale: 'fi', slug: `vanha-${story.id}` })).toEqual({
      path: `/tarinat/${story.slug}`,
      locale: 'fi',
    });
  });

  it('sends the other language slug to the translation, or to the section when there is none', async () => {
    const { fi, en } = await createTranslatedContent({ type: 'GUIDE' }, {});
    const untranslated = await createContent({ type: 'GUIDE', locale: 'fi' });

    expect(await resolveContentSlug({ type: 'GUIDE', locale: 'en', slug: fi.slug })).toEqual({ path: `/guides/${en.slug}`, locale: 'en' });
    expect(await resolveContentSlug({ type: 'GUIDE', locale: 'fi', slug: en.slug })).toEqual({ path: `/oppaat/${fi.slug}`, locale: 'fi' });
    expect(await resolveContentSlug({ type: 'GUIDE', locale: 'en', slug: untranslated.slug })).toEqual({ path: '/guides', locale: 'en' });
  });

  it('leaves unknown slugs and unpublished content unresolved (404)', async () => {
    const draft = await createContent({ status: 'DRAFT', locale: 'en' });
    await prisma.contentSlugRedirect.create({ data: { locale: 'fi', oldSlug: `vanha-${draft.id}`, contentId: draft.id } });

    expect(await resolveContentSlug({ type: 'STORY', locale: 'fi', slug: 'ei-ole-olemassa' })).toBeNull();
    expect(await resolveContentSlug({ type: 'STORY', locale: 'fi', slug: draft.slug })).toBeNull();
    expect(await resolveContentSlug({ type: 'STORY', locale: 'fi', slug: `vanha-${draft.id}` })).toBeNull();
  });
});

describe('event cards', () => {
  it('link to the event page in the reader language, or to none', async () => {
    const event = await createEvent({ titleEn: null });
    expect((await getEventCard({ eventId: event.id, locale: 'fi' }))?.event?.storeCity).toBe('Jyväskylä');
    expect(await getEventCard({ eventId: event.id, locale: 'en' })).toBeNull();
  });
});
