import 'server-only';
import { createHash, randomInt } from 'node:crypto';
import { appUrl } from '@/lib/email/translator';
import { keyedDigest } from '@/lib/security/app-secret';

/** No 0/O, 1/I/L: the code is read aloud and typed by staff in a hurry. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;

export function newPickupCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** What staff type or scan: " ab-c 123 " and "ABC123" are the same code. */
export function normalizePickupCode(input: string): string {
  return input.trim().toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * Stored in pickups.code_hash; the code itself is only in the customer's e-mail. Keyed with the
 * app's secret: there are only 31^6 codes, so a plain hash could be reversed offline from a copy
 * of the database.
 */
export function hashPickupCode(code: string): string {
  return keyedDigest('pickup-code', normalizePickupCode(code), 'hex');
}

/**
 * The hashes a stored code_hash may have for this code: the keyed one, and the plain SHA-256 that
 * pickups made ready before keyed codes still carry (until they are handed over or expire).
 */
export function pickupCodeHashes(code: string): string[] {
  return [hashPickupCode(code), createHash('sha256').update(normalizePickupCode(code)).digest('hex')];
}

/** A camera scanning the QR opens the hand-over page with the code filled in. */
export function pickupQrText(storeSlug: string, orderNumber: number, code: string): string {
  return `${appUrl(`/store/${storeSlug}/handover/${orderNumber}`, 'fi')}?code=${encodeURIComponent(code)}`;
}
