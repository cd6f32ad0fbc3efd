import 'server-only';
import type { PgBoss } from 'pg-boss';
import { startBoss, stopBoss } from './boss';
import { CLAIM_BATCH, deliverOutboxJobs, type DeliverOutboxData } from './deliver-outbox';
import { closeSmtpTransport } from '@/lib/email/transport';
import { PICKUP_JOBS_CRON, runPickupExpiry, runPickupReminders } from './pickup-jobs';
import { publishScheduledContent } from '@/lib/content/publish-scheduled-content';
import { sendEventReminders } from '@/lib/events/send-event-reminders';
import { resendPendingRefunds } from '@/lib/payments/resend-pending-refunds';
import { QUEUES } from './queues';
import { releaseExpiredHolds } from './release-expired-holds';

export type StartJobsOptions = {
  /** false: only send jobs (the web process while `npm run worker` does them). Default true. */
  work?: boolean;
  /** How often expired holds are released, in seconds (30). */
  releaseEverySeconds?: number;
  /** The database; DATABASE_URL by default. */
  url?: string;
};

export type RunningJobs = { boss: PgBoss; stop: () => Promise<void> };

/**
 * Starts the background jobs of this process:
 * - 'outbox.send': every minute (cron), and right after an order is paid (sendOutboxSoon);
 * - 'reservations.release-expired': every 30 s, so a hold is released within expiry + 60 s;
 * - 'pickups.send-reminders' and 'pickups.expire-unready': every 15 minutes (cron);
 * - 'refunds.resend-pending': every 5 minutes (cron);
 * - 'content.publish-scheduled': every minute (cron), so a scheduled story is live within a minute;
 * - 'events.send-reminders': every 15 minutes (cron), for events starting within 24 hours.
 * The queues are "stately": at most one waiting and one running job per key across all
 * processes, so two workers never run the same sweep at once. An e-mail is not sent twice even
 * when they do: each message is claimed before it is sent (lib/email/claim-outbox-messages.ts).
 */
export async function startJobs(options: StartJobsOptions = {}): Promise<RunningJobs> {
  const work = options.work ?? true;
  const boss = await startBoss(work ? 'worker' : 'sender', options.url);
  await boss.createQueue(QUEUES.outboxSend, { policy: 'stately', retryLimit: 0, expireInSeconds: 300 });
  await boss.createQueue(QUEUES.releaseExpired, { policy: 'stately', retryLimit: 0, expireInSeconds: 120 });
  await boss.createQueue(QUEUES.pickupReminders, { policy: 'stately', retryLimit: 0, expireInSeconds: 600 });
  await boss.createQueue(QUEUES.pickupExpiry, { policy: 'stately', retryLimit: 0, expireInSeconds: 600 });
  await boss.createQueue(QUEUES.refundsResend, { policy: 'stately', retryLimit: 0, expireInSeconds: 600 });
  await boss.createQueue(QUEUES.contentPublishScheduled, { policy: 'stately', retryLimit: 0, expireInSeconds: 120 });
  await boss.createQueue(QUEUES.eventReminders, { policy: 'stately', retryLimit: 0, expireInSeconds: 600 });
  if (!work) return { boss, stop: () => stopBoss() };

  // A rush of orders leaves one job per confirmation. A worker takes them up to 50 at a time (and
  // fetches again at once while the batches come full), sends their messages together over the
  // pooled SMTP connections, and two such loops run per process.
  await boss.work<DeliverOutboxData>(
    QUEUES.outboxSend,
    { pollingIntervalSeconds: 1, batchSize: CLAIM_BATCH, burstWhenBatchFull: true, localConcurrency: 2 },
    async (batch) => {
      await deliverOutboxJobs(
        batch.map((job) => job.data),
        AbortSignal.any(batch.map((job) => job.signal)),
      );
    },
  );
  await boss.work(QUEUES.releaseExpired, { pollingIntervalSeconds: 1, batchSize: 1 }, async () => {
    await releaseExpiredHolds();
  });
  await boss.work(QUEUES.pickupReminders, { pollingIntervalSeconds: 5, batchSize: 1 }, async () => {
    await runPickupReminders();
  });
  await boss.work(QUEUES.pickupExpiry, { pollingIntervalSeconds: 5, batchSize: 1 }, async () => {
    await runPickupExpiry();
  });
  await boss.work(QUEUES.refundsResend, { pollingIntervalSeconds: 5, batchSize: 1 }, async () => {
    await resendPendingRefunds();
  });
  await boss.work(QUEUES.contentPublishScheduled, { pollingIntervalSeconds: 5, batchSize: 1 }, async () => {
    await publishScheduledContent();
  });
  await boss.work(QUEUES.eventReminders, { pollingIntervalSeconds: 5, batchSize: 1 }, async () => {
    await sendEventReminders();
  });
  await boss.schedule(QUEUES.outboxSend, '* * * * *', {}, { singletonKey: 'sweep' });
  await boss.schedule(QUEUES.contentPublishScheduled, '* * * * *', {}, { singletonKey: 'cron' });
  await boss.schedule(QUEUES.eventReminders, '*/15 * * * *', {}, { singletonKey: 'cron' });
  await boss.schedule(QUEUES.refundsResend, '*/5 * * * *', {}, { singletonKey: 'cron' });
  await boss.schedule(QUEUES.pickupReminders, PICKUP_JOBS_CRON, {}, { singletonKey: 'cron' });
  await boss.schedule(QUEUES.pickupExpiry, PICKUP_JOBS_CRON, {}, { singletonKey: 'cron' });

  // pg-boss's cron has a one-minute resolution; the 30-second beat is sent from here. With
  // several workers, singletonSeconds keeps it to one job per 30 seconds.
  const everySeconds = options.releaseEverySeconds ?? 30;
  const beat = () =>
    boss
      .send(QUEUES.releaseExpired, {}, { singletonKey: 'beat', singletonSeconds: everySeconds })
      .catch((error: unknown) => console.error('Could not queue the release of expired holds:', error));
  void beat();
  const timer = setInterval(beat, everySeconds * 1000);
  timer.unref();

  return {
    boss,
    stop: async () => {
      clearInterval(timer);
      await stopBoss();
      closeSmtpTransport();
    },
  };
}
