// A store for @fortedigital/nextjs-cache-handler that keeps Next.js's page and data cache in
// PostgreSQL (tables in the next_cache schema), for when no Redis is configured: every app
// process, on one machine or several, then shares one cache, and a tag revalidated through one
// process is revalidated for all. Plain JavaScript: Next.js imports this file at run time.
import pg from 'pg';
import { isErrorResponse, isOneOff, maxOneOffEntries, ONE_OFF_TAG, SIGHTING_SECONDS } from './cache-admission.mjs';

const CLEANUP_EVERY_MS = 5 * 60_000;
// Old builds' entries are removed this long after the build was replaced (a rolling deploy
// still serves them meanwhile).
const OLD_BUILD_GRACE = '1 hour';

/** Next's implicit tags (one per path, for revalidatePath) start with this. */
const IMPLICIT_TAG_PREFIX = '_N_T_';

/**
 * JSON that keeps Buffers (page HTML and RSC payloads) and Maps (per-segment payloads).
 * @param {unknown} value
 */
export function serializeCacheValue(value) {
  return JSON.stringify(value, function replace(key, converted) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString('base64') };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return converted;
  });
}

/** @param {string} text */
export function deserializeCacheValue(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object') {
      if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64');
      if (Array.isArray(value.$map)) return new Map(value.$map);
    }
    return value;
  });
}

/**
 * What is stored follows cache-admission.mjs: no error pages; one-off entries (searches) only
 * when asked for twice within SIGHTING_SECONDS (a row in next_cache.sightings notes the first
 * time), and at most `maxOneOff` of them.
 * @param {{ connectionString: string, buildId: string, poolSize?: number, maxOneOff?: number }} options
 * @returns {import('@fortedigital/nextjs-cache-handler').Handler & { close: () => Promise<void> }}
 */
export function createPostgresCacheStore({ connectionString, buildId, poolSize = 4, maxOneOff = maxOneOffEntries() }) {
  const pool = new pg.Pool({ connectionString, max: poolSize, application_name: 'digijalka-next-cache' });
  // A broken idle connection must not crash the process; the next query opens a new one.
  pool.on('error', () => {});
  const keyOf = (/** @type {string} */ key) => `${buildId}:${key}`;

  const cleanup = setInterval(() => {
    void pool
      .query(
        `DELETE FROM next_cache.entries
          WHERE expires_at < now() OR (build_id <> $1 AND updated_at < now() - interval '${OLD_BUILD_GRACE}')`,
        [buildId],
      )
      .catch(() => {});
    void pool.query(`DELETE FROM next_cache.sightings WHERE seen_at < now() - interval '${SIGHTING_SECONDS} seconds'`).catch(() => {});
  }, CLEANUP_EVERY_MS);
  cleanup.unref();

  return {
    name: 'postgres',

    async get(key, { implicitTags }) {
      // One round trip: the entry, unless it expired or a revalidatePath() came after it.
      const { rows } = await pool.query(
        `SELECT e.value FROM next_cache.entries e
          WHERE e.key = $1 AND (e.expires_at IS NULL OR e.expires_at > now())
            AND NOT EXISTS (SELECT 1 FROM next_cache.revalidated_tags t
                             WHERE t.tag = ANY(e.tags || $2::text[]) AND t.revalidated_at > e.last_modified)`,
        [keyOf(key), implicitTags],
      );
      return rows.length ? deserializeCacheValue(rows[0].value) : null;
    },

    async set(key, value, ctx) {
      if (isErrorResponse(value)) return;
      const oneOff = isOneOff(value);
      if (oneOff) {
        // Note the key as seen now. The first time within the window (no note, or an older one)
        // nothing is stored; a later time finds a recent note and stores. A page that keeps
        // being rendered keeps its note fresh, and so its place in the cache.
        const { rows } = await pool.query(
          `WITH previous AS (SELECT seen_at FROM next_cache.sightings WHERE key = $1),
                noted AS (INSERT INTO next_cache.sightings (key) VALUES ($1) ON CONFLICT (key) DO UPDATE SET seen_at = now())
           SELECT 1 FROM previous WHERE seen_at >= now() - interval '${SIGHTING_SECONDS} seconds'`,
          [keyOf(key)],
        );
        if (rows.length === 0) return;
      }
      const expiresAt = value.lifespan ? new Date(value.lifespan.expireAt * 1000) : null;
      await pool.query(
        `INSERT INTO next_cache.entries (key, build_id, value, tags, last_modified, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (key) DO ${ctx?.setOnlyIfNotExists ? 'NOTHING' : `UPDATE SET value = excluded.value, tags = excluded.tags,
           last_modified = excluded.last_modified, expires_at = excluded.expires_at, updated_at = now()`}`,
        [keyOf(key), buildId, serializeCacheValue(value), [...value.tags], value.lastModified, expiresAt],
      );
      if (oneOff) {
        // Only the newest one-off entries stay.
        await pool.query(
          `DELETE FROM next_cache.entries WHERE key IN (
             SELECT key FROM next_cache.entries WHERE tags @> ARRAY[$1]::text[]
              ORDER BY updated_at DESC, key OFFSET $2)`,
          [ONE_OFF_TAG, maxOneOff],
        );
      }
    },

    async revalidateTag(tag) {
      if (tag.startsWith(IMPLICIT_TAG_PREFIX)) {
        await pool.query(
          `INSERT INTO next_cache.revalidated_tags (tag, revalidated_at) VALUES ($1, $2)
           ON CONFLICT (tag) DO UPDATE SET revalidated_at = excluded.revalidated_at`,
          [tag, Date.now()],
        );
      }
      await pool.query('DELETE FROM next_cache.entries WHERE tags @> ARRAY[$1]::text[]', [tag]);
    },

    async delete(key) {
      await pool.query('DELETE FROM next_cache.entries WHERE key = $1', [keyOf(key)]);
    },

    async close() {
      clearInterval(cleanup);
      await pool.end();
    },
  };
}
