import { isIP } from 'node:net';

/**
 * The network a client address belongs to, as the abuse limits count it: an IPv4 address as it
 * is, an IPv6 address by its /64 (one household or phone gets a whole /64, and can change the
 * rest at will). Null when the address is unknown or not an address: then only the limits per
 * e-mail and device apply.
 */
export function networkKey(ip: string | null | undefined): string | null {
  const address = ip?.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '') ?? '';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  const version = isIP(address);
  if (version === 4) return address;
  if (version !== 6) return null;
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, lower-case, without leading zeros. */
function expandIpv6(address: string): string[] {
  const [head, tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups.
  const groups = (parts: string[]) =>
    parts.flatMap((part) => {
      if (!part.includes('.')) return [part];
      const [a, b, c, d] = part.split('.').map(Number);
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  const l = groups(left);
  const r = groups(right);
  const middle = tail === undefined ? [] : Array.from({ length: 8 - l.length - r.length }, () => '0');
  return [...l, ...middle, ...r].map((group) => parseInt(group, 16).toString(16));
}
