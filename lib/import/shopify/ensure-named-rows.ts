import 'server-only';
import { slugify } from '@/lib/admin/products/slugify';
import { prisma } from '@/lib/db';
import { findByName } from './plan-product-import';

/**
 * Finds or creates the categories (top level, at the end of the menu) and tags the import names.
 * Returns name (lower case) -> id. Creating is idempotent (by slug), so a repeated or interrupted
 * import never makes two of one.
 */
export async function ensureNamedRows(kind: 'category' | 'tag', names: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (names.length === 0) return ids;
  const existing =
    kind === 'category'
      ? await prisma.category.findMany({ select: { id: true, slug: true, nameFi: true, nameEn: true } })
      : await prisma.tag.findMany({ select: { id: true, slug: true, nameFi: true, nameEn: true } });
  const lastPosition = kind === 'category' ? ((await prisma.category.aggregate({ _max: { position: true } }))._max.position ?? 0) : 0;
  let position = lastPosition;
  for (const name of new Set(names)) {
    const found = findByName(existing, name);
    if (found) {
      ids.set(name.toLocaleLowerCase('fi'), found.id);
      continue;
    }
    const slug = slugify(name) || `${kind}-${Buffer.from(name).toString('hex').slice(0, 16)}`;
    const row =
      kind === 'category'
        ? await prisma.category.upsert({ where: { slug }, create: { slug, nameFi: name, nameEn: name, position: ++position }, update: {}, select: { id: true, slug: true, nameFi: true, nameEn: true } })
        : await prisma.tag.upsert({ where: { slug }, create: { slug, nameFi: name, nameEn: name }, update: {}, select: { id: true, slug: true, nameFi: true, nameEn: true } });
    existing.push(row);
    ids.set(name.toLocaleLowerCase('fi'), row.id);
  }
  return ids;
}
