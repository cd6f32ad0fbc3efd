// A small in-memory tier in front of the shared page cache (PostgreSQL or Redis): each process
// keeps the entries it served, so a cached page costs no round trip and no parsing. Whenever a
// process revalidates a tag or deletes an entry, it tells every process through PostgreSQL's
// LISTEN/NOTIFY, and each drops its copies at once. A process that lost the notifications for
// a moment (its listening connection broke) forgets its whole tier.
import pg from 'pg';
import { isErrorResponse, isOneOff } from './cache-admission.mjs';

const CHANNEL = 'next_cache_changes';

/**
 * @param {{
 *   shared: import('@fortedigital/nextjs-cache-handler').Handler,
 *   connectionString: string,
 *   maxEntries?: number,
 *   maxBytes?: number,
 * }} options
 * @returns {import('@fortedigital/nextjs-cache-handler').Handler & { close: () => Promise<void> }}
 */
export function createLocalTier({ shared, connectionString, maxEntries = 2_000, maxBytes = 256 * 1024 ** 2 }) {
  /** key -> { value, bytes }; Map order is the order of last use. */
  const entries = new Map();
  let bytes = 0;
  /** tag -> when it was last revalidated (ms), as told by any process. */
  const revalidatedAt = new Map();
  const notifier = new pg.Pool({ connectionString, max: 1, application_name: 'digijalka-next-cache-notify' });
  notifier.on('error', () => {});
  const listener = listen(connectionString, onChange, forgetAll);

  function remember(key, value) {
    drop(key);
    // Without notifications a copy could outlive a revalidation elsewhere: keep none. Error pages
    // and one-off addresses stay out of memory as they stay out of the shared store.
    if (!listener.listening() || isErrorResponse(value) || isOneOff(value)) return;
    const size = approximateBytes(value);
    if (size > maxBytes / 4) return;
    entries.set(key, { value, bytes: size });
    bytes += size;
    for (const [oldest] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      drop(oldest);
    }
  }
  function drop(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  }
  function forgetAll() {
    entries.clear();
    bytes = 0;
  }
  function forgetTag(tag, at) {
    revalidatedAt.set(tag, Math.max(at, revalidatedAt.get(tag) ?? 0));
    for (const [key, { value }] of entries) if (value.tags.includes(tag)) drop(key);
  }
  function onChange({ tag, key, at }) {
    if (typeof tag === 'string') forgetTag(tag, at);
    if (typeof key === 'string') drop(key);
  }
  /** Rendered before a revalidation of one of its tags (or of its path) that this process heard of. */
  function outdated(value, implicitTags) {
    for (const tag of [...value.tags, ...implicitTags]) {
      const at = revalidatedAt.get(tag);
      if (at !== undefined && at > value.lastModified) return true;
    }
    return false;
  }
  const tell = (change) => notifier.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(change)]);

  return {
    name: `memory+${shared.name}`,

    async get(key, meta) {
      const mine = entries.get(key);
      if (mine && !outdated(mine.value, meta.implicitTags)) {
        // Most recently used last.
        entries.delete(key);
        entries.set(key, mine);
        return mine.value;
      }
      const value = await shared.get(key, meta);
      if (!value || outdated(value, meta.implicitTags)) {
        drop(key);
        return null;
      }
      remember(key, value);
      return value;
    },

    async set(key, value, ctx) {
      await shared.set(key, value, ctx);
      if (!ctx?.setOnlyIfNotExists || !entries.has(key)) remember(key, value);
    },

    async revalidateTag(tag) {
      const at = Date.now();
      forgetTag(tag, at);
      await shared.revalidateTag(tag);
      await tell({ tag, at });
    },

    async delete(key) {
      drop(key);
      await shared.delete?.(key);
      await tell({ key });
    },

    async close() {
      await listener.close();
      await notifier.end();
    },
  };
}

/** Page HTML, RSC payloads and data: roughly what the entry holds in memory. */
function approximateBytes(value) {
  let total = 1024;
  const visit = (part) => {
    if (typeof part === 'string') total += part.length * 2;
    else if (Buffer.isBuffer(part)) total += part.length;
    else if (part instanceof Map) for (const item of part.values()) visit(item);
    else if (part && typeof part === 'object') for (const item of Object.values(part)) visit(item);
  };
  visit(value.value);
  return total;
}

/**
 * Listens on CHANNEL and connects again after a break. `onGap` is called whenever changes may
 * have been missed; `listening()` tells whether notifications are arriving right now.
 */
function listen(connectionString, onChange, onGap) {
  let client;
  let up = false;
  let closed = false;
  let retry;
  const reconnect = (broken) => {
    if (broken !== client || closed || retry) return;
    up = false;
    onGap();
    retry = setTimeout(() => {
      retry = undefined;
      connect();
    }, 1_000);
  };
  function connect() {
    const current = new pg.Client({ connectionString, application_name: 'digijalka-next-cache-listen' });
    client = current;
    current.on('notification', ({ payload }) => {
      try {
        onChange(JSON.parse(payload ?? '{}'));
      } catch {
        onGap();
      }
    });
    current.on('error', () => {});
    current.on('end', () => reconnect(current));
    current
      .connect()
      .then(() => current.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        up = true;
        onGap();
      })
      .catch(() => {
        void current.end().catch(() => {});
        reconnect(current);
      });
  }
  connect();
  return {
    listening: () => up,
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
