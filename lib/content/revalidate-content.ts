// Call after a content write (in a server action, route handler or job, after the transaction).
import 'server-only';
import { revalidateTag } from 'next/cache';
import { CONTENT_TAG } from './cache-tags';

/** Every cached page that shows content is regenerated on its next visit, not served stale. */
export function revalidateContent(): void {
  revalidateTag(CONTENT_TAG, { expire: 0 });
}
