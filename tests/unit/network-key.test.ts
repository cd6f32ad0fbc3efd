import { describe, expect, it } from 'vitest';
import { networkKey } from '@/lib/limits/network-key';

describe('the network an address counts in', () => {
  it('is the IPv4 address itself, also when written as IPv6', () => {
    expect(networkKey('198.51.100.7')).toBe('198.51.100.7');
    expect(networkKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    expect(networkKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(networkKey('2001:0DB8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(networkKey('[2001:db8::1]')).toBe('2001:db8:0:0::/64');
    expect(networkKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('is unknown for what is not an address', () => {
    expect(networkKey('unknown')).toBeNull();
    expect(networkKey('')).toBeNull();
    expect(networkKey(undefined)).toBeNull();
    expect(networkKey('198.51.100.7, 10.0.0.1')).toBeNull();
  });
});
