import { createHash } from 'node:crypto';

/**
 * The till key of the add-ons sold with a pickup's hand-over: a UUID made from the pickup's id
 * (name-based, like a version 5 UUID but with SHA-256), so every press for the same pickup names
 * the same sale and a second one can never sell the add-ons again.
 */
export function addOnTillKey(pickupId: string): string {
  const bytes = createHash('sha256').update(`handover-add-ons:${pickupId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8: "custom", RFC 9562
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // the RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
