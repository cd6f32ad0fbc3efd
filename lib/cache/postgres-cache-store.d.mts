// Types of postgres-cache-store.mjs (plain JavaScript, because Next.js imports it at run time).
import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';

export function serializeCacheValue(value: unknown): string;
export function deserializeCacheValue(text: string): unknown;
export function createPostgresCacheStore(options: { connectionString: string; buildId: string; poolSize?: number; maxOneOff?: number }): Handler & {
  close: () => Promise<void>;
};
