// The names of the background jobs (pg-boss queues).
export const QUEUES = {
  /** Delivers outbox e-mails: the given messages, or (every minute) those left behind or failed. */
  outboxSend: 'outbox.send',
  /** Releases stock held for orders whose payment did not come in time (every 30 s). */
  releaseExpired: 'reservations.release-expired',
} as const;
