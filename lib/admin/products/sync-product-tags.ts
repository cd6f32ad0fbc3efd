import 'server-only';
import type { Tx } from '@/lib/inventory/tx';
import { slugify } from './slugify';

/**
 * Gives a product exactly the named tags: an existing tag is matched by its slug or its Finnish
 * or English name (case-insensitive); a new name becomes a new tag (same name in both languages).
 */
export async function syncProductTags(tx: Tx, productId: string, names: readonly string[]): Promise<void> {
  const tagIds: string[] = [];
  for (const name of names) {
    const slug = slugify(name);
    const existing = await tx.tag.findFirst({
      where: { OR: [{ slug }, { nameFi: { equals: name, mode: 'insensitive' } }, { nameEn: { equals: name, mode: 'insensitive' } }] },
      select: { id: true },
    });
    const tag =
      existing ??
      (await tx.tag.upsert({ where: { slug }, create: { slug, nameFi: name, nameEn: name }, update: {}, select: { id: true } }));
    if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
  }
  await tx.productTag.deleteMany({ where: { productId, tagId: { notIn: tagIds } } });
  await tx.productTag.createMany({ data: tagIds.map((tagId) => ({ productId, tagId })), skipDuplicates: true });
}
