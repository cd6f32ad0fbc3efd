import 'server-only';
import { prisma } from '@/lib/db';
import { Prisma, type OutboxMessage } from '@/lib/generated/prisma/client';

/**
 * How long a claim holds a message. Another worker takes a SENDING message again only after
 * this, so a worker that died mid-batch loses nothing, and a live one is never overtaken: it starts
 * sends only in the first SEND_WINDOW_MS of its lease, and a send that has started ends (or times
 * out, see lib/email/transport.ts) long before the rest of the lease has passed.
 */
export const CLAIM_LEASE_SECONDS = 180;
const SEND_WINDOW_MS = 60_000;

/** A message this worker holds: it may send it until `sendBefore` (its own clock, in ms). */
export type OutboxClaim = {
  message: OutboxMessage;
  /** The lease written with the claim: the result is recorded only while the row still carries it. */
  claimedUntil: Date;
  sendBefore: number;
};

export type ClaimOptions =
  /** These messages, when still waiting (PENDING) or held by a claim whose lease ran out. */
  | { ids: string[]; limit: number }
  /** Whatever is due: see DueMessages. */
  | { due: DueMessages; limit: number };

export type DueMessages = {
  now: Date;
  /** PENDING messages written before this are due (younger ones are being sent by their writer). */
  pendingBefore: Date;
  /** FAILED messages are tried again `2^attempts` minutes after they were written, up to this many attempts. */
  maxAttempts: number;
  /** Messages this sweep already tried (so one sweep tries a failing message once). */
  exclude: string[];
};

/**
 * Claims up to `limit` messages in one statement: they become SENDING with a lease, and no other
 * worker can claim them meanwhile (rows another worker is claiming at the same moment are skipped,
 * not waited for). Oldest first.
 */
export async function claimOutboxMessages(options: ClaimOptions): Promise<OutboxClaim[]> {
  if (options.limit <= 0 || ('ids' in options && options.ids.length === 0)) return [];
  const which =
    'ids' in options
      ? Prisma.sql`id = ANY(${options.ids}::uuid[])
          AND (status = 'PENDING' OR (status = 'SENDING' AND claimed_until < now()))`
      : Prisma.sql`NOT (id = ANY(${options.due.exclude}::uuid[]))
          AND ((status = 'PENDING' AND created_at < ${options.due.pendingBefore})
            OR (status = 'FAILED' AND attempts < ${options.due.maxAttempts}
                AND created_at + make_interval(mins => power(2, attempts)::int) <= ${options.due.now})
            OR (status = 'SENDING' AND claimed_until < now()))`;
  const claimed = await prisma.$queryRaw<{ id: string; claimed_until: Date }[]>`
    WITH picked AS (
      SELECT id FROM outbox_messages
       WHERE ${which}
       ORDER BY created_at
       LIMIT ${options.limit}
       FOR UPDATE SKIP LOCKED
    )
    UPDATE outbox_messages m
       SET status = 'SENDING', claimed_until = now() + ${CLAIM_LEASE_SECONDS}::int * interval '1 second'
      FROM picked
     WHERE m.id = picked.id
    RETURNING m.id, m.claimed_until`;
  if (claimed.length === 0) return [];
  const sendBefore = Date.now() + SEND_WINDOW_MS;
  const messages = await prisma.outboxMessage.findMany({ where: { id: { in: claimed.map((row) => row.id) } }, orderBy: { createdAt: 'asc' } });
  const leases = new Map(claimed.map((row) => [row.id, row.claimed_until]));
  return messages.map((message) => ({ message, claimedUntil: leases.get(message.id)!, sendBefore }));
}
