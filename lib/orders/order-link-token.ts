import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '@/lib/auth/tokens';
import type { Tx } from '@/lib/inventory/tx';
import { keyedDigest } from '@/lib/security/app-secret';

/** How long a guest's order link works; then the guest asks for a new one (order lookup). */
export const ORDER_LINK_DAYS = 90;

/**
 * The secret in an order's link (a guest's key to the order's page), derived from the order's id
 * and its link version with the app's secret. Every e-mail about the order carries the current
 * version's link, so they all work alike; a guest asking for the link again gets a new version
 * (renewOrderLink), and every earlier link stops working. The link itself is never stored: orders
 * keep only the hash of the current one and when it expires.
 */
export function orderLinkToken(orderId: string, version: number): { token: string; hash: string } {
  // Version 0 is keyed as before versions existed, so links already sent keep working.
  const token = keyedDigest('order-link', version === 0 ? orderId : `${orderId}:${version}`, 'base64url');
  return { token, hash: hashToken(token) };
}

export function orderLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + ORDER_LINK_DAYS * 24 * 60 * 60 * 1000);
}

/** Whether a visitor's `?token=` opens this order: the current link, before it expires. */
export function orderLinkOpens(order: { accessTokenHash: string | null; accessLinkExpiresAt: Date | null }, token: string | null | undefined, now: Date = new Date()): boolean {
  if (!token || !order.accessTokenHash || !order.accessLinkExpiresAt || order.accessLinkExpiresAt <= now) return false;
  const candidate = hashToken(token);
  return candidate.length === order.accessTokenHash.length && timingSafeEqual(Buffer.from(candidate), Buffer.from(order.accessTokenHash));
}

/** The order's link for an e-mail about it: the current one while it works, else a new one. */
export async function currentOrderLink(tx: Tx, orderId: string, now: Date = new Date()): Promise<string> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { accessLinkVersion: true, accessTokenHash: true, accessLinkExpiresAt: true } });
  const link = orderLinkToken(orderId, order.accessLinkVersion);
  return orderLinkOpens(order, link.token, now) ? link.token : renewOrderLink(tx, orderId, now);
}

/** A new link for the order (a new version): every earlier link stops working. */
export async function renewOrderLink(tx: Tx, orderId: string, now: Date = new Date()): Promise<string> {
  const { accessLinkVersion } = await tx.order.update({ where: { id: orderId }, data: { accessLinkVersion: { increment: 1 } }, select: { accessLinkVersion: true } });
  const link = orderLinkToken(orderId, accessLinkVersion);
  await tx.order.update({ where: { id: orderId }, data: { accessTokenHash: link.hash, accessLinkExpiresAt: orderLinkExpiry(now) } });
  return link.token;
}
