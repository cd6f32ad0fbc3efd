// Types of cache-admission.mjs (plain JavaScript, because Next.js imports it at run time).
import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';

export const ONE_OFF_TAG: 'one-off';
export const SIGHTING_SECONDS: number;
export function maxOneOffEntries(): number;
export function isErrorResponse(entry: unknown): boolean;
export function isOneOff(entry: unknown): boolean;
export function withRedisAdmission(handler: Handler, options: { client: unknown; keyPrefix: string; maxOneOff?: number }): Handler;
