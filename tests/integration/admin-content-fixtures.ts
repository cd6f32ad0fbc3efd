// Shared by the content editor's tests: the editor's form as the save action receives it, and
// content rows made directly (for the workflow steps). A test file's tests share its database,
// so tests that run the scheduling job keep their scheduled times apart.
import { prisma } from '@/lib/db';

let sequence = 0;

/** The editor's form: fields (repeat a key with an array) and the body as its one JSON field. */
export function contentForm(fields: Record<string, string | string[] | undefined>, body: unknown[] = [{ type: 'text', html: '<p>Hei.</p>' }]): FormData {
  const data = new FormData();
  const all = { type: 'STORY', locale: 'fi', ...fields, body: JSON.stringify(body) };
  for (const [key, value] of Object.entries(all)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/** A story row (a draft unless told otherwise) with a unique slug. */
export async function createContentRow(overrides: { status?: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED'; scheduledAt?: Date; publishedAt?: Date; locale?: 'fi' | 'en'; slug?: string } = {}) {
  sequence += 1;
  return prisma.content.create({
    data: {
      type: 'STORY',
      locale: overrides.locale ?? 'fi',
      slug: overrides.slug ?? `tarina-${process.pid}-${Date.now()}-${sequence}`,
      title: `Tarina ${sequence}`,
      body: [{ type: 'text', html: '<p>Teksti.</p>' }],
      status: overrides.status ?? 'DRAFT',
      scheduledAt: overrides.scheduledAt ?? null,
      publishedAt: overrides.publishedAt ?? null,
    },
  });
}

/** What the database holds of content, for "nothing changed" checks. */
export async function contentSnapshot() {
  const [contents, events, redirects, audits, tags] = await Promise.all([
    prisma.content.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, slug: true, title: true, body: true, scheduledAt: true, publishedAt: true, updatedAt: true } }),
    prisma.event.count(),
    prisma.contentSlugRedirect.count(),
    prisma.auditLog.count({ where: { entityType: 'content' } }),
    prisma.contentTag.count(),
  ]);
  return { contents, events, redirects, audits, tags };
}
