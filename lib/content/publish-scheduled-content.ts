import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { requestContentRevalidation } from './request-content-revalidation';

/**
 * The scheduled-publishing job (every minute): content whose scheduled time has come goes public
 * (publishedAt is the scheduled time unless it was published before), each audited. Then the
 * running app is asked to regenerate its content pages. Returns how many were published.
 */
export async function publishScheduledContent(now: Date = new Date()): Promise<number> {
  const published = await prisma.$transaction(async (tx) => {
    // SKIP LOCKED: two workers running the job at once never publish (and audit) one item twice.
    const due = await tx.$queryRaw<{ id: string; scheduled_at: Date; published_at: Date | null }[]>`
      SELECT id, scheduled_at, published_at FROM contents
      WHERE status = 'SCHEDULED' AND scheduled_at <= ${now}
      ORDER BY scheduled_at
      FOR UPDATE SKIP LOCKED`;
    for (const row of due) {
      await tx.content.update({
        where: { id: row.id },
        data: { status: 'PUBLISHED', scheduledAt: null, publishedAt: row.published_at ?? row.scheduled_at },
      });
      await recordAudit(tx, {
        actorId: null,
        action: 'content.published',
        entityType: 'content',
        entityId: row.id,
        data: { from: 'SCHEDULED', scheduledAt: row.scheduled_at.toISOString() },
      });
    }
    return due.length;
  });
  if (published > 0) await requestContentRevalidation();
  return published;
}
