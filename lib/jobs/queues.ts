// The names of the background jobs (pg-boss queues).
export const QUEUES = {
  /** Delivers outbox e-mails: the given messages, or (every minute) those left behind or failed. */
  outboxSend: 'outbox.send',
  /** Releases stock held for orders whose payment did not come in time (every 30 s). */
  releaseExpired: 'reservations.release-expired',
  /** Reminds shoppers of ready pickups 3 days before the deadline (every 15 minutes). */
  pickupReminders: 'pickups.send-reminders',
  /** Expires pay-at-pickup orders never made ready whose hold ran out (every 15 minutes). */
  pickupExpiry: 'pickups.expire-unready',
  /** Sends again the Stripe refunds that were never sent or not answered (every 5 minutes). */
  refundsResend: 'refunds.resend-pending',
  /** Publishes stories, guides and events whose scheduled time has come (every minute). */
  contentPublishScheduled: 'content.publish-scheduled',
  /** Reminds event guests 24 hours before the event (every 15 minutes). */
  eventReminders: 'events.send-reminders',
} as const;
