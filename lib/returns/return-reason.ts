// Why the shopper returns goods: a code from a short list plus their own words. Stored in the
// return's one `reason` column as `CODE` or `CODE: words`, read back with parseReturnReason.

export const RETURN_REASONS = ['WRONG_SIZE', 'NOT_AS_EXPECTED', 'DAMAGED', 'CHANGED_MIND', 'OTHER'] as const;
export type ReturnReasonCode = (typeof RETURN_REASONS)[number];

export const RETURN_NOTE_MAX = 500;

export function formatReturnReason(code: ReturnReasonCode, note: string | null | undefined): string {
  const words = note?.trim();
  return words ? `${code}: ${words}` : code;
}

/** The code (null for a reason written some other way, e.g. by staff) and the shopper's words. */
export function parseReturnReason(stored: string | null): { code: ReturnReasonCode | null; note: string | null } {
  if (!stored) return { code: null, note: null };
  const match = /^([A-Z_]+)(?::\s*([\s\S]*))?$/.exec(stored);
  const code = RETURN_REASONS.find((reason) => reason === match?.[1]) ?? null;
  if (!code) return { code: null, note: stored };
  return { code, note: match?.[2]?.trim() || null };
}
