// Next's data cache keeps JSON: a cached story page must still get real dates back (the article
// formats them), and readers of the cache see only what is published.
import '../support/test-database';
import { describe, expect, it, vi } from 'vitest';
import { cachedContentView, cachedEventIndex } from '@/lib/content/cached-content';
import { createContent } from '../support/factories/content';
import { createEvent } from '../support/factories/events';

// Stands in for a cache hit: the value goes through JSON, as Next stores it.
vi.mock('next/cache', () => ({
  unstable_cache:
    (fn: (...args: unknown[]) => Promise<unknown>) =>
    async (...args: unknown[]) =>
      JSON.parse(JSON.stringify(await fn(...args))) as unknown,
}));

describe('cached content reads', () => {
  it('give a story its dates back as dates', async () => {
    const publishedAt = new Date('2026-10-01T09:30:00Z');
    const story = await createContent({ publishedAt });

    const view = await cachedContentView('STORY', 'fi', story.slug);

    expect(view?.publishedAt).toBeInstanceOf(Date);
    expect(view?.publishedAt?.getTime()).toBe(publishedAt.getTime());
    expect(view?.updatedAt).toBeInstanceOf(Date);
  });

  it('give an event page its start and end as dates', async () => {
    const event = await createEvent({ startsAt: new Date('2031-06-12T15:00:00Z') });
    const index = await cachedEventIndex('fi', null, 1);
    const card = index.upcoming.find((c) => c.slug === `kahvimaistelu-${event.id}`);
    expect(card?.event?.startsAt).toBe('2031-06-12T15:00:00.000Z');

    const view = await cachedContentView('EVENT', 'fi', `kahvimaistelu-${event.id}`);
    expect(view?.event?.startsAt).toEqual(new Date('2031-06-12T15:00:00Z'));
    expect(view?.event?.endsAt).toEqual(event.endsAt);
  });

  it('never serve a draft', async () => {
    const draft = await createContent({ status: 'DRAFT' });
    expect(await cachedContentView('STORY', 'fi', draft.slug)).toBeNull();
  });
});
