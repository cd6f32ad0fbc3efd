import 'server-only';
import { claimOutboxMessages } from '@/lib/email/claim-outbox-messages';
import { deliverClaimedMessages, MAX_DELIVERY_ATTEMPTS, type DeliveryCounts } from '@/lib/email/deliver-claimed-messages';
import { isUuid } from '@/lib/validation/uuid';

/** Delivery attempts per message; the waits between them grow: 2, 4, 8, 16 minutes after it was written. */
export { MAX_DELIVERY_ATTEMPTS as MAX_ATTEMPTS } from '@/lib/email/deliver-claimed-messages';
/**
 * A PENDING message younger than this is left to whoever wrote it (lib/users send at once, and
 * an order's confirmation gets an 'outbox.send' job of its own). A claim keeps two deliveries of
 * one message apart in any case; the grace only saves the sweep the race.
 */
const PENDING_GRACE_MS = 2 * 60_000;
/** Messages claimed at a time. */
export const CLAIM_BATCH = 50;
/** A sweep stops claiming more after this long (the 'outbox.send' job expires after 300 s). */
const SWEEP_BUDGET_MS = 120_000;

export type DeliverOutboxData = { messageIds?: unknown } | null | undefined;

/**
 * The 'outbox.send' job. With `messageIds`: delivers those messages now, when still waiting.
 * Without (the every-minute sweep): delivers the PENDING messages left behind, tries FAILED ones
 * again with growing waits (up to MAX_ATTEMPTS), and takes back messages whose worker died while
 * holding them (their claim's lease ran out), batch after batch until none is due. Every message is
 * claimed before it is sent, so any number of workers may run this at once: each message is sent
 * by one of them. Returns how many were delivered and how many failed.
 */
export async function deliverOutbox(data: DeliverOutboxData, now = new Date(), signal?: AbortSignal): Promise<{ delivered: number; failed: number }> {
  const given = Array.isArray(data?.messageIds) ? [...new Set(data.messageIds.filter(isUuid))] : [];
  const total: DeliveryCounts = { delivered: 0, failed: 0, returned: 0 };
  const add = (counts: DeliveryCounts) => {
    total.delivered += counts.delivered;
    total.failed += counts.failed;
    total.returned += counts.returned;
  };

  if (given.length > 0) {
    for (let start = 0; start < given.length; start += CLAIM_BATCH) {
      const ids = given.slice(start, start + CLAIM_BATCH);
      if (signal?.aborted) break;
      add(await deliverClaimedMessages(await claimOutboxMessages({ ids, limit: ids.length }), { signal }));
    }
    return { delivered: total.delivered, failed: total.failed };
  }

  const tried: string[] = [];
  const until = Date.now() + SWEEP_BUDGET_MS;
  while (Date.now() < until && !signal?.aborted) {
    const claims = await claimOutboxMessages({
      due: { now, pendingBefore: new Date(now.getTime() - PENDING_GRACE_MS), maxAttempts: MAX_DELIVERY_ATTEMPTS, exclude: tried },
      limit: CLAIM_BATCH,
    });
    if (claims.length === 0) break;
    tried.push(...claims.map((claim) => claim.message.id));
    add(await deliverClaimedMessages(claims, { signal }));
  }
  return { delivered: total.delivered, failed: total.failed };
}

/**
 * A batch of 'outbox.send' jobs, as a worker fetches them: the messages they name are delivered
 * together, and a sweep among them runs once. `signal`: pg-boss's, aborted when the worker stops
 * and the jobs' time is up; the messages not yet sent are then left to the other workers.
 */
export async function deliverOutboxJobs(batch: DeliverOutboxData[], signal?: AbortSignal): Promise<{ delivered: number; failed: number }> {
  const named = batch.flatMap((data) => (Array.isArray(data?.messageIds) ? data.messageIds : []));
  const sweep = batch.some((data) => !Array.isArray(data?.messageIds) || data.messageIds.length === 0);
  const sent = named.length > 0 ? await deliverOutbox({ messageIds: named }, new Date(), signal) : { delivered: 0, failed: 0 };
  if (!sweep) return sent;
  const swept = await deliverOutbox({}, new Date(), signal);
  return { delivered: sent.delivered + swept.delivered, failed: sent.failed + swept.failed };
}
