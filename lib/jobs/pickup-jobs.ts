import 'server-only';
import { expireUnreadyPickups } from '@/lib/pickups/expire-unready-pickups';
import { sendPickupReminders } from '@/lib/pickups/send-pickup-reminders';
import { sendOutboxSoon } from './send-outbox-soon';

/** Both pickup jobs run every 15 minutes: a reminder is at most 15 minutes late. */
export const PICKUP_JOBS_CRON = '*/15 * * * *';

/** The 'pickups.send-reminders' job: queue the due reminders, then send them at once. */
export async function runPickupReminders(now = new Date()): Promise<void> {
  await sendOutboxSoon(await sendPickupReminders(now));
}

/** The 'pickups.expire-unready' job: expire the pay-at-pickup orders never made ready in time. */
export async function runPickupExpiry(now = new Date()): Promise<void> {
  await sendOutboxSoon(await expireUnreadyPickups(now));
}
