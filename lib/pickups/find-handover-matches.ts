import 'server-only';
import { prisma } from '@/lib/db';
import type { OrderStatus, PickupStatus } from '@/lib/generated/prisma/enums';
import { parseHandoverQuery } from './hand-over-query';
import { pickupCodeHashes } from './pickup-code';

export type HandoverMatch = {
  number: number;
  name: string;
  phone: string | null;
  status: PickupStatus;
  orderStatus: OrderStatus;
  placedAt: Date;
};

export type HandoverSearchResult =
  /** One order: open its hand-over page (with the code when the search gave it). */
  | { kind: 'open'; number: number; code: string | null }
  /** A name or phone search: the matching pickups, newest first. */
  | { kind: 'list'; matches: HandoverMatch[] }
  /** Nothing here; `tried` says what the text was taken for, for the message. */
  | { kind: 'none'; tried: 'link' | 'code' | 'number' | 'text' | 'empty' };

const LIST_LIMIT = 20;

/**
 * The hand-over counter's search, in the caller's store only (the caller has checked that the
 * staff member works there): a QR link, a pickup code of a READY pickup, an order number, or a
 * name or phone number. Reads only; nothing changes, whatever is typed.
 */
export async function findHandoverMatches(input: { storeId: string; query: string }): Promise<HandoverSearchResult> {
  const query = parseHandoverQuery(input.query);
  const { storeId } = input;
  if (query.link) {
    const here = await pickupHere(storeId, query.link.number);
    return here ? { kind: 'open', number: query.link.number, code: query.link.code } : { kind: 'none', tried: 'link' };
  }
  if (query.code) {
    const ready = await prisma.pickup.findFirst({
      where: { storeId, status: 'READY_FOR_PICKUP', codeHash: { in: pickupCodeHashes(query.code) } },
      orderBy: { readyAt: 'desc' },
      select: { order: { select: { number: true } } },
    });
    if (ready) return { kind: 'open', number: ready.order.number, code: query.code };
  }
  if (query.number !== null && (await pickupHere(storeId, query.number))) {
    return { kind: 'open', number: query.number, code: null };
  }
  if (query.text || query.phoneDigits) {
    const matches = await searchByNameOrPhone(storeId, query.text, query.phoneDigits);
    if (matches.length > 0) return { kind: 'list', matches };
  }
  const tried = query.code ? 'code' : query.number !== null ? 'number' : query.text || query.phoneDigits ? 'text' : 'empty';
  return { kind: 'none', tried };
}

async function pickupHere(storeId: string, number: number): Promise<boolean> {
  const pickup = await prisma.pickup.findFirst({ where: { storeId, order: { number } }, select: { id: true } });
  return pickup !== null;
}

async function searchByNameOrPhone(storeId: string, text: string | null, phoneDigits: string | null): Promise<HandoverMatch[]> {
  const namePattern = text ? `%${escapeLike(text)}%` : null;
  const phonePattern = phoneDigits ? `%${phoneDigits}%` : null;
  const rows = await prisma.$queryRaw<
    { number: number; name: string; phone: string | null; status: PickupStatus; order_status: OrderStatus; placed_at: Date }[]
  >`
    SELECT o.number, o.name, o.phone, p.status, o.status AS order_status, o.placed_at
      FROM pickups p
      JOIN orders o ON o.id = p.order_id
     WHERE p.store_id = ${storeId}::uuid
       AND ((${namePattern}::text IS NOT NULL AND o.name ILIKE ${namePattern}::text)
         OR (${phonePattern}::text IS NOT NULL AND regexp_replace(coalesce(o.phone, ''), '[^0-9]', '', 'g') LIKE ${phonePattern}::text))
     ORDER BY o.placed_at DESC
     LIMIT ${LIST_LIMIT}`;
  return rows.map((row) => ({
    number: row.number,
    name: row.name,
    phone: row.phone,
    status: row.status,
    orderStatus: row.order_status,
    placedAt: row.placed_at,
  }));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
