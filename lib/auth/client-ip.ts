// The client's address, for rate limits and abuse limits. Only what this server saw itself (the
// socket's peer) and what the proxies we were told to trust (TRUSTED_PROXIES) added can be
// believed: anything else in X-Forwarded-For was written by the client.
import { BlockList, isIP } from 'node:net';

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The header in which scripts/web-worker.mjs hands Next.js the TCP peer's address. The worker
 * overwrites it on every request, so a client cannot set it; it is believed only in a process
 * whose server does that (the worker sets DIGIJALKA_PEER_HEADER=1 in its own environment).
 * Under `next dev` it is absent, and the right-most X-Forwarded-For value (which Next.js sets
 * from the socket when the client sent none) stands in for it.
 */
export const PEER_HEADER = 'x-digijalka-peer';

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** An address as one canonical string ('::ffff:10.0.0.1' -> '10.0.0.1', ports and brackets off), or null. */
export function normalizeAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim();
  if (value.startsWith('[')) value = value.slice(1, value.indexOf(']') > 0 ? value.indexOf(']') : undefined); // [::1]:80
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':')); // 1.2.3.4:80
  value = value.replace(/%.*$/, '').toLowerCase(); // fe80::1%eth0
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1];
  return isIP(value) ? value : null;
}

const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
};

/**
 * TRUSTED_PROXIES: addresses and CIDR ranges, separated by commas or spaces, and the words
 * `loopback`, `private` and `linklocal`. Empty (the default): no proxy is trusted.
 */
export function parseTrustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (setting ?? '').split(/[\s,]+/).filter(Boolean)) {
    for (const item of NAMED_RANGES[entry.toLowerCase()] ?? [entry]) {
      const [address, prefix] = item.split('/');
      const normalized = normalizeAddress(address);
      if (!normalized) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range`);
      const type = isIP(normalized) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) list.addAddress(normalized, type);
      else list.addSubnet(normalized, Number(prefix), type);
    }
  }
  return list;
}

let parsed: { setting: string | undefined; list: BlockList } | null = null;

function trustedProxies(): BlockList {
  const setting = process.env.TRUSTED_PROXIES;
  if (!parsed || parsed.setting !== setting) parsed = { setting, list: parseTrustedProxies(setting) };
  return parsed.list;
}

function isTrusted(address: string, list: BlockList): boolean {
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the right-most address in the chain (X-Forwarded-For, then the socket's
 * peer) that is not a trusted proxy. With no trusted proxies that is the peer itself, whatever
 * X-Forwarded-For says. 'unknown' when no address can be made out.
 */
export function clientIp(headers: HeaderSource): string {
  const list = trustedProxies();
  const peerHeaderTrusted = process.env.DIGIJALKA_PEER_HEADER === '1';
  const forwarded = (header(headers, 'x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const chain = peerHeaderTrusted ? [...forwarded, header(headers, PEER_HEADER) ?? ''] : forwarded;
  for (let index = chain.length - 1; index >= 0; index--) {
    const address = normalizeAddress(chain[index]);
    // Something that is not an address where a trusted hop should have written one: stop there.
    if (!address) return 'unknown';
    if (!isTrusted(address, list) || index === 0) return address;
  }
  return 'unknown';
}
