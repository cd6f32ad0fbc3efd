// Slugs of stories, guides and events: lower-case words joined by hyphens, Finnish letters folded
// ("Syksyn kävelyretki Ähtärissä" -> "syksyn-kavelyretki-ahtarissa"). Used by the editor (a slug
// is suggested from the title) and by the save (an empty slug is made from the title).
import { slugify } from '@/lib/admin/products/slugify';

export const CONTENT_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function contentSlug(title: string): string {
  return slugify(title);
}
