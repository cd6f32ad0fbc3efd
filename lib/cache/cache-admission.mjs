// What the shared page and data cache keeps, whichever store holds it (PostgreSQL or Redis).
// Addresses that anyone can invent must not grow the server's storage: a stranger can ask for
// /product/nope-1, nope-2, … or search for x1, x2, … as fast as the server answers.
//
// - Error pages (an unknown product, category, story: status 404) are never stored. They are
//   rendered again on each visit, which costs one indexed lookup.
// - Entries tagged ONE_OFF_TAG (a search's results page and data, a filtered or later page of an
//   index) are stored only when the same address is asked for a second time within
//   SIGHTING_SECONDS: a search nobody repeats leaves a small note of its key, not its page. At
//   most `maxOneOff` of them are kept (the oldest go first), and they live as short as their
//   `revalidate` (five minutes for searches).
// Plain JavaScript: Next.js imports the cache handler and its modules at run time.

/** The tag of cache entries whose keys come from what visitors type (see above). */
export const ONE_OFF_TAG = 'one-off';
/** A one-off address asked for again within this time is cached. */
export const SIGHTING_SECONDS = 600;
/** How many one-off entries each store keeps at most (NEXT_CACHE_MAX_ONE_OFF). */
export function maxOneOffEntries() {
  const value = Number(process.env.NEXT_CACHE_MAX_ONE_OFF);
  return Number.isSafeInteger(value) && value >= 0 ? value : 100;
}

/**
 * A rendered page or route that answered with an error status (404 for an unknown slug).
 * @param {{ value?: { kind?: string, status?: number } | null } | null | undefined} entry
 */
export function isErrorResponse(entry) {
  const value = entry?.value;
  if (!value) return false;
  const page = value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE' || value.kind === 'PAGES';
  return page && typeof value.status === 'number' && value.status >= 400;
}

/** @param {{ tags?: readonly string[] } | null | undefined} entry */
export function isOneOff(entry) {
  return Boolean(entry?.tags?.includes(ONE_OFF_TAG));
}

/**
 * The Redis store with the rules above: sightings are keys with a time to live, the one-off
 * entries a sorted set by the time they were stored.
 * @param {import('@fortedigital/nextjs-cache-handler').Handler} handler
 * @param {{ client: any, keyPrefix: string, maxOneOff?: number }} options
 * @returns {import('@fortedigital/nextjs-cache-handler').Handler}
 */
export function withRedisAdmission(handler, { client, keyPrefix, maxOneOff = maxOneOffEntries() }) {
  const oneOffSet = `${keyPrefix}__one_off__`;
  return {
    ...handler,
    name: handler.name,
    async set(key, entry, ctx) {
      if (isErrorResponse(entry)) return;
      if (!isOneOff(entry)) return handler.set(key, entry, ctx);
      const seen = `${keyPrefix}__seen__:${key}`;
      if (await client.set(seen, '1', { NX: true, EX: SIGHTING_SECONDS })) return;
      // Seen before: store, and keep the note fresh while the page keeps being rendered.
      await client.expire(seen, SIGHTING_SECONDS);
      await handler.set(key, entry, ctx);
      await client.zAdd(oneOffSet, { score: Date.now(), value: key });
      const count = await client.zCard(oneOffSet);
      if (count <= maxOneOff) return;
      const evicted = await client.zPopMinCount(oneOffSet, count - maxOneOff);
      await Promise.all(evicted.map((/** @type {{ value: string }} */ member) => handler.delete?.(member.value)));
    },
  };
}
