// Publishing: publish now, unpublish, schedule (only in the future), the job that publishes
// scheduled content when its time comes, and the signed route that job uses to renew the pages.
import '../support/test-database';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/revalidate/content/route';
import { publishContentAction } from '@/lib/actions/publish-content';
import { scheduleContentAction } from '@/lib/actions/schedule-content';
import { unpublishContentAction } from '@/lib/actions/unpublish-content';
import { publishScheduledContent } from '@/lib/content/publish-scheduled-content';
import { helsinkiLocalToUtc } from '@/lib/catalog/helsinki-local-time';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createUser } from '../support/factories/users';
import { form, request, resetRequest } from '../support/request-stand-ins';
import { contentSnapshot, createContentRow } from './admin-content-fixtures';

const job = vi.hoisted(() => ({ revalidationRequests: 0 }));

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/content/request-content-revalidation', () => ({
  requestContentRevalidation: async () => {
    job.revalidationRequests += 1;
    return true;
  },
}));

const idle: FormState = { status: 'idle' };
let ownerId: string;

beforeAll(async () => {
  ownerId = (await createUser({ role: 'OWNER' })).id;
  process.env.NEXTAUTH_SECRET = 'content-revalidation-test-secret';
});

beforeEach(() => {
  resetRequest();
  request.userId = ownerId;
  job.revalidationRequests = 0;
});

const audits = (entityId: string, action: string) => prisma.auditLog.count({ where: { entityId, action } });

describe('publish now and unpublish', () => {
  it('publishes a draft (publishedAt set once), unpublishes it back to a draft, and publishing again keeps the first date', async () => {
    const { id } = await createContentRow();
    const published = await publishContentAction(idle, form({ contentId: id }));
    expect(published).toMatchObject({ status: 'ok', redirectTo: `/admin/content/${id}?done=published` });
    const first = await prisma.content.findUniqueOrThrow({ where: { id } });
    expect(first.status).toBe('PUBLISHED');
    expect(first.publishedAt).toBeInstanceOf(Date);
    expect(request.revalidated).toContain('content');

    expect((await unpublishContentAction(idle, form({ contentId: id }))).status).toBe('ok');
    expect((await prisma.content.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');

    await publishContentAction(idle, form({ contentId: id }));
    expect((await prisma.content.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(first.publishedAt);
    expect(await audits(id, 'content.published')).toBe(2);
    expect(await audits(id, 'content.unpublished')).toBe(1);
  });

  it('says so when the content is already published or already a draft', async () => {
    const draft = await createContentRow();
    const live = await createContentRow({ status: 'PUBLISHED', publishedAt: new Date() });
    expect((await unpublishContentAction(idle, form({ contentId: draft.id }))).message).toBe('Sisältö on jo luonnos.');
    expect((await publishContentAction(idle, form({ contentId: live.id }))).message).toBe('Sisältö on jo julkaistu.');
  });

  it('answers "not found" for an id that is no content', async () => {
    const state = await publishContentAction(idle, form({ contentId: '00000000-0000-4000-8000-000000000000' }));
    expect(state.status).toBe('error');
    expect(state.message).toBeTruthy();
  });
});

describe('scheduling', () => {
  it('schedules a draft for a Helsinki time in the future', async () => {
    const { id } = await createContentRow();
    const state = await scheduleContentAction(idle, form({ contentId: id, scheduledAt: '2099-01-15T09:30' }));
    expect(state.redirectTo).toBe(`/admin/content/${id}?done=scheduled`);
    const content = await prisma.content.findUniqueOrThrow({ where: { id } });
    expect(content.status).toBe('SCHEDULED');
    // January: Helsinki is UTC+2.
    expect(content.scheduledAt?.toISOString()).toBe('2099-01-15T07:30:00.000Z');
    expect(await audits(id, 'content.scheduled')).toBe(1);
  });

  it('refuses a time in the past, and a missing time, with a message next to the field, changing nothing', async () => {
    const { id } = await createContentRow();
    const before = await contentSnapshot();
    const past = await scheduleContentAction(idle, form({ contentId: id, scheduledAt: '2020-01-01T12:00' }));
    expect(past.fieldErrors).toEqual({ scheduledAt: 'Julkaisuajan pitää olla tulevaisuudessa.' });
    const missing = await scheduleContentAction(idle, form({ contentId: id, scheduledAt: '' }));
    expect(missing.fieldErrors).toEqual({ scheduledAt: 'Anna julkaisuaika (päivä ja kellonaika).' });
    expect(await contentSnapshot()).toEqual(before);
  });
});

describe('the scheduled-publishing job', () => {
  it('publishes an item when its time has come and not before, with publishedAt = the scheduled time', async () => {
    const at = helsinkiLocalToUtc('2030-03-01T08:00')!;
    const { id } = await createContentRow({ status: 'SCHEDULED', scheduledAt: at });

    expect(await publishScheduledContent(new Date(at.getTime() - 60_000))).toBe(0);
    expect((await prisma.content.findUniqueOrThrow({ where: { id } })).status).toBe('SCHEDULED');
    expect(job.revalidationRequests).toBe(0);

    expect(await publishScheduledContent(at)).toBe(1);
    expect(await prisma.content.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'PUBLISHED', publishedAt: at });
    expect(await prisma.auditLog.findFirst({ where: { entityId: id, action: 'content.published' }, select: { actorId: true } })).toEqual({ actorId: null });
    expect(job.revalidationRequests).toBe(1);

    // The next run finds nothing left to do.
    expect(await publishScheduledContent(new Date(at.getTime() + 60_000))).toBe(0);
  });

  it('leaves drafts and unpublished items alone', async () => {
    const draft = await createContentRow();
    expect(await publishScheduledContent(new Date('2031-01-01T00:00:00Z'))).toBe(0);
    expect((await prisma.content.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('DRAFT');
  });
});

describe('POST /api/revalidate/content', () => {
  const sign = (timestamp: string, body: string, secret = process.env.NEXTAUTH_SECRET!) =>
    createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

  function post(headers: Record<string, string>, body = '{"scope":"content"}') {
    return POST(new Request('http://localhost/api/revalidate/content', { method: 'POST', headers, body }));
  }

  it('renews the content pages for a correctly signed request', async () => {
    const timestamp = String(Date.now());
    const response = await post({ 'x-digijalka-timestamp': timestamp, 'x-digijalka-signature': sign(timestamp, '{"scope":"content"}') });
    expect(response.status).toBe(200);
    expect(request.revalidated).toEqual(['content']);
  });

  it.each([
    ['no signature', () => ({ 'x-digijalka-timestamp': String(Date.now()) })],
    ['no timestamp', () => ({ 'x-digijalka-signature': sign(String(Date.now()), '{"scope":"content"}') })],
    ['a signature made with another secret', () => {
      const timestamp = String(Date.now());
      return { 'x-digijalka-timestamp': timestamp, 'x-digijalka-signature': sign(timestamp, '{"scope":"content"}', 'guessed-secret') };
    }],
    ['a signature of another body', () => {
      const timestamp = String(Date.now());
      return { 'x-digijalka-timestamp': timestamp, 'x-digijalka-signature': sign(timestamp, '{}') };
    }],
    ['an old (replayed) request', () => {
      const timestamp = String(Date.now() - 10 * 60_000);
      return { 'x-digijalka-timestamp': timestamp, 'x-digijalka-signature': sign(timestamp, '{"scope":"content"}') };
    }],
    ['a malformed signature', () => ({ 'x-digijalka-timestamp': String(Date.now()), 'x-digijalka-signature': 'nope' })],
  ])('refuses %s', async (_, headers) => {
    const response = await post(headers());
    expect(response.status).toBe(403);
    expect(request.revalidated).toEqual([]);
  });
});

describe('requestContentRevalidation (what the job calls)', () => {
  it('POSTs a request to the app that the route accepts', async () => {
    const { requestContentRevalidation } = await vi.importActual<typeof import('@/lib/content/request-content-revalidation')>(
      '@/lib/content/request-content-revalidation',
    );
    // A stand-in for the running app: it hands the request to the real route handler.
    const server = createServer(async (incoming, outgoing) => {
      let body = '';
      for await (const chunk of incoming) body += chunk;
      const headers = Object.fromEntries(Object.entries(incoming.headers).map(([k, v]) => [k, String(v)]));
      const response = await POST(new Request(`http://localhost${incoming.url}`, { method: incoming.method, headers, body }));
      outgoing.writeHead(response.status).end(await response.text());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const saved = { nextauth: process.env.NEXTAUTH_URL, app: process.env.APP_URL };
    process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
    try {
      expect(await requestContentRevalidation()).toBe(true);
      expect(request.revalidated).toEqual(['content']);
    } finally {
      process.env.NEXTAUTH_URL = saved.nextauth;
      if (saved.nextauth === undefined) delete process.env.NEXTAUTH_URL;
      server.close();
    }
  });
});
