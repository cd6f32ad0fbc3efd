import 'server-only';
import type { Tx } from './cart-db';
import { isUuid } from './cart-db';

/**
 * Logs an add-to-cart made on a story, guide or event page, so the back office can tell which
 * content sells. Only published content counts (a made-up or draft id is ignored: attribution
 * never stops a shopper from buying). Returns the content id to keep on the cart line, or null.
 */
export async function recordContentAdd(
  tx: Tx,
  contentId: string | undefined,
  variantId: string,
  unitsAdded: number,
): Promise<string | null> {
  if (!contentId || !isUuid(contentId) || unitsAdded <= 0) return null;
  const content = await tx.content.findFirst({
    where: { id: contentId, status: 'PUBLISHED', type: { in: ['STORY', 'GUIDE', 'EVENT'] } },
    select: { id: true },
  });
  if (!content) return null;
  await tx.contentCartAdd.create({ data: { contentId: content.id, variantId, quantity: unitsAdded } });
  return content.id;
}
