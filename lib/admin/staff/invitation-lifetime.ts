/** An invitation link works for 7 days. */
export const INVITATION_DAYS = 7;
export const INVITATION_MS = INVITATION_DAYS * 24 * 3_600_000;
