// Types of local-tier.mjs (plain JavaScript, because Next.js imports it at run time).
import type { Handler } from '@fortedigital/nextjs-cache-handler/cache-handler.types';

export function createLocalTier(options: { shared: Handler; connectionString: string; maxEntries?: number; maxBytes?: number }): Handler & {
  close: () => Promise<void>;
};
