import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import type { Tx } from '@/lib/inventory/tx';

/** How many interests the card shows. */
export const CARD_INTERESTS = 5;

export type CustomerInterest = { slug: string; name: string };

/**
 * What the customer cares about, as the shop's tags: the tags of products in their orders that
 * went ahead (paid, fulfilled or to be paid at pickup) and of the events they registered for
 * (through the event's pages). Each order and each registration counts a tag once, so one big
 * order does not outweigh many visits; the most frequent tags first.
 */
export async function readCustomerInterests(tx: Tx, customer: { id: string; email: string }, locale: AppLocale): Promise<CustomerInterest[]> {
  const rows = await tx.$queryRaw<{ slug: string; name_fi: string; name_en: string }[]>`
    SELECT t.slug, t.name_fi, t.name_en
      FROM (
        SELECT DISTINCT o.id AS source, pt.tag_id
          FROM orders o
          JOIN order_lines l ON l.order_id = o.id AND l.cancelled_at IS NULL
          JOIN product_tags pt ON pt.product_id = l.product_id
         WHERE (o.customer_id = ${customer.id}::uuid OR (o.customer_id IS NULL AND o.email = ${customer.email}))
           AND o.status IN ('PAID', 'FULFILLED', 'PAY_AT_PICKUP')
        UNION ALL
        SELECT DISTINCT r.id AS source, ct.tag_id
          FROM event_registrations r
          JOIN contents c ON c.event_id = r.event_id
          JOIN content_tags ct ON ct.content_id = c.id
         WHERE (r.user_id = ${customer.id}::uuid OR r.email = ${customer.email})
           AND r.status <> 'CANCELLED'
      ) AS seen
      JOIN tags t ON t.id = seen.tag_id
     GROUP BY t.id
     ORDER BY count(*) DESC, t.slug
     LIMIT ${CARD_INTERESTS}`;
  return rows.map((row) => ({ slug: row.slug, name: locale === 'en' ? row.name_en : row.name_fi }));
}
