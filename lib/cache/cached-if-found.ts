// unstable_cache for lookups by a key that comes from the address (a slug): what is found is
// cached, a miss is not. Anyone can invent addresses, and a cached "nothing here" per invented
// slug would grow the shared cache without bound (see cache-admission.mjs for the pages).
import 'server-only';
import { unstable_cache } from 'next/cache';

class NothingFound extends Error {}

export async function cachedIfFound<T>(
  load: () => Promise<T | null>,
  keyParts: string[],
  options: { tags: string[]; revalidate?: number },
): Promise<T | null> {
  try {
    return await unstable_cache(
      async () => {
        const found = await load();
        // Throwing is how unstable_cache is told not to keep a result.
        if (found === null) throw new NothingFound();
        return found;
      },
      keyParts,
      options,
    )();
  } catch (error) {
    if (error instanceof NothingFound) return null;
    throw error;
  }
}
