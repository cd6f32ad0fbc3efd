// Whether a request reached the shop over https, for Strict-Transport-Security. The app serves
// plain http; TLS ends at the proxy in front of it, which says so in X-Forwarded-Proto. That
// header is believed only from a proxy named in TRUSTED_PROXIES (lib/auth/client-ip.ts), as
// seen by the server itself (scripts/web-worker.mjs hands Next.js the TCP peer's address).
import type { BlockList } from 'node:net';
import { PEER_HEADER, normalizeAddress, parseTrustedProxies } from '@/lib/auth/client-ip';

let parsed: { setting: string | undefined; list: BlockList } | null = null;

function trusted(address: string): boolean {
  const setting = process.env.TRUSTED_PROXIES;
  if (!setting) return false;
  if (!parsed || parsed.setting !== setting) parsed = { setting, list: parseTrustedProxies(setting) };
  return parsed.list.check(address, address.includes(':') ? 'ipv6' : 'ipv4');
}

export function cameOverHttps(headers: Headers): boolean {
  // The right-most value is what the trusted proxy itself received; one it only passed on could
  // have come from the client.
  const proto = headers.get('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase();
  if (proto !== 'https') return false;
  if (process.env.DIGIJALKA_PEER_HEADER !== '1') return false;
  const peer = normalizeAddress(headers.get(PEER_HEADER) ?? undefined);
  return peer !== null && trusted(peer);
}
