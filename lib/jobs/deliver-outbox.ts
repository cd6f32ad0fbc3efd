import 'server-only';
import { prisma } from '@/lib/db';
import { deliverOutboxMessage } from '@/lib/email/outbox';
import { isUuid } from '@/lib/validation/uuid';

/** Delivery attempts per message; the waits between them grow: 2, 4, 8, 16 minutes after it was written. */
export const MAX_ATTEMPTS = 5;
/**
 * A PENDING message younger than this is left alone by the sweep: whoever wrote it is delivering
 * it right now (lib/users send at once), and two deliveries would send it twice.
 */
const PENDING_GRACE_MS = 2 * 60_000;
const BATCH = 50;


export type DeliverOutboxData = { messageIds?: unknown } | null | undefined;

/**
 * The 'outbox.send' job. With `messageIds`: delivers those (still PENDING) messages now.
 * Without (the every-minute sweep): delivers PENDING messages left behind, and tries FAILED ones
 * again with growing waits, up to MAX_ATTEMPTS. Returns how many were delivered and failed.
 */
export async function deliverOutbox(data: DeliverOutboxData, now = new Date()): Promise<{ delivered: number; failed: number }> {
  const given = Array.isArray(data?.messageIds) ? data.messageIds.filter(isUuid) : [];
  const ids = given.length > 0 ? await pendingAmong(given.slice(0, BATCH)) : await dueForDelivery(now);
  let delivered = 0;
  let failed = 0;
  for (const id of ids) {
    await deliverOutboxMessage(id);
    const after = await prisma.outboxMessage.findUnique({ where: { id }, select: { status: true } });
    if (after?.status === 'FAILED') failed += 1;
    else delivered += 1;
  }
  return { delivered, failed };
}

async function pendingAmong(ids: string[]): Promise<string[]> {
  const rows = await prisma.outboxMessage.findMany({ where: { id: { in: ids }, status: 'PENDING' }, select: { id: true } });
  return rows.map((row) => row.id);
}

async function dueForDelivery(now: Date): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM outbox_messages
     WHERE (status = 'PENDING' AND created_at < ${new Date(now.getTime() - PENDING_GRACE_MS)})
        OR (status = 'FAILED' AND attempts < ${MAX_ATTEMPTS}
            AND created_at + make_interval(mins => power(2, attempts)::int) <= ${now})
     ORDER BY created_at
     LIMIT ${BATCH}`;
  return rows.map((row) => row.id);
}
