// The client's address for rate limits (issue 14, item 4): X-Forwarded-For is believed only as
// far as it was written by proxies the shop trusts (TRUSTED_PROXIES); the socket's peer comes
// from scripts/web-worker.mjs in a header it overwrites on every request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientIp, normalizeAddress, parseTrustedProxies, PEER_HEADER } from '@/lib/auth/client-ip';

const saved = { trusted: process.env.TRUSTED_PROXIES, peer: process.env.DIGIJALKA_PEER_HEADER };

beforeEach(() => {
  delete process.env.TRUSTED_PROXIES;
  process.env.DIGIJALKA_PEER_HEADER = '1'; // as in scripts/web-worker.mjs
});

afterEach(() => {
  if (saved.trusted === undefined) delete process.env.TRUSTED_PROXIES;
  else process.env.TRUSTED_PROXIES = saved.trusted;
  if (saved.peer === undefined) delete process.env.DIGIJALKA_PEER_HEADER;
  else process.env.DIGIJALKA_PEER_HEADER = saved.peer;
});

const request = (peer: string, forwardedFor?: string) =>
  new Headers({ [PEER_HEADER]: peer, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) });

describe('the client address', () => {
  it('with no trusted proxies (the default) is the peer, whatever X-Forwarded-For says', () => {
    expect(clientIp(request('198.51.100.7', '1.2.3.4'))).toBe('198.51.100.7');
    expect(clientIp(request('198.51.100.7', '5.6.7.8, 1.2.3.4'))).toBe('198.51.100.7');
    expect(clientIp(request('198.51.100.7'))).toBe('198.51.100.7');
    // A new forged value on every request changes nothing.
    const seen = new Set(Array.from({ length: 20 }, (_, i) => clientIp(request('198.51.100.7', `10.9.8.${i}`))));
    expect([...seen]).toEqual(['198.51.100.7']);
  });

  it('behind a trusted proxy is the address the proxy saw: the right-most untrusted one', () => {
    process.env.TRUSTED_PROXIES = '10.0.0.2';
    expect(clientIp(request('10.0.0.2', '203.0.113.9'))).toBe('203.0.113.9');
    // What the client wrote itself sits to the left of what the proxy appended.
    expect(clientIp(request('10.0.0.2', '1.2.3.4, 203.0.113.9'))).toBe('203.0.113.9');
    // A request that did not come through the proxy: its header is not believed.
    expect(clientIp(request('198.51.100.7', '1.2.3.4'))).toBe('198.51.100.7');
  });

  it('through a chain of trusted proxies and ranges, in IPv4 and IPv6', () => {
    process.env.TRUSTED_PROXIES = '10.0.0.0/8, 2001:db8:ffff::/48 loopback';
    expect(clientIp(request('127.0.0.1', '1.2.3.4, 203.0.113.9, 10.1.2.3, 2001:db8:ffff::5'))).toBe('203.0.113.9');
    expect(clientIp(request('::ffff:127.0.0.1', '2001:DB8:1::77'))).toBe('2001:db8:1::77');
    // All trusted: the left-most is the best there is.
    expect(clientIp(request('10.0.0.1', '10.0.0.9'))).toBe('10.0.0.9');
  });

  it('stops at something that is not an address where a trusted hop should have written one', () => {
    process.env.TRUSTED_PROXIES = '10.0.0.2';
    expect(clientIp(request('10.0.0.2', 'bogus'))).toBe('unknown');
    expect(clientIp(request('10.0.0.2', '203.0.113.9, bogus'))).toBe('unknown');
  });

  it('believes the peer header only in a process whose server writes it', () => {
    delete process.env.DIGIJALKA_PEER_HEADER;
    // Under `next dev`: Next.js sets X-Forwarded-For from the socket when the client sent none.
    expect(clientIp(new Headers({ [PEER_HEADER]: '1.2.3.4', 'x-forwarded-for': '127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientIp(new Headers())).toBe('unknown');
  });

  it('reads the plain header objects next-auth passes to authorize()', () => {
    expect(clientIp({ [PEER_HEADER]: '::1', 'x-forwarded-for': '1.2.3.4' })).toBe('::1');
    expect(clientIp(undefined)).toBe('unknown');
  });
});

describe('addresses and the setting', () => {
  it('normalizes what sockets and proxies write', () => {
    expect(normalizeAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('192.0.2.1:8080')).toBe('192.0.2.1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('unknown')).toBeNull();
  });

  it('refuses a setting it cannot read, rather than trusting something else', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, proxy.example')).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies('').check('127.0.0.1')).toBe(false);
    expect(parseTrustedProxies('private').check('172.20.1.1')).toBe(true);
  });
});
