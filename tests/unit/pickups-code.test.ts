import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPickupCode, newPickupCode, normalizePickupCode, pickupQrText } from '@/lib/pickups/pickup-code';

describe('pickup codes', () => {
  it('are 6 characters without look-alikes (0/O, 1/I/L)', () => {
    const codes = Array.from({ length: 500 }, () => newPickupCode());
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(490);
  });

  it('are the same code however staff type them', () => {
    expect(normalizePickupCode(' ab-c 2 34 ')).toBe('ABC234');
    expect(hashPickupCode('abc-234')).toBe(hashPickupCode('ABC234'));
    expect(hashPickupCode('ABC235')).not.toBe(hashPickupCode('ABC234'));
  });

  it('are stored keyed with the app secret, so a copy of the database cannot be reversed by hashing all 31^6 codes', () => {
    const plain = createHash('sha256').update('ABC234').digest('hex');
    const saved = process.env.NEXTAUTH_SECRET;
    try {
      process.env.NEXTAUTH_SECRET = 'one-shop';
      const one = hashPickupCode('ABC234');
      process.env.NEXTAUTH_SECRET = 'another-shop';
      expect(hashPickupCode('ABC234')).not.toBe(one);
      expect(one).not.toBe(plain);
    } finally {
      if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
      else process.env.NEXTAUTH_SECRET = saved;
    }
  });

  it('open the hand-over page with the code filled in when scanned', () => {
    process.env.NEXTAUTH_URL = 'https://puoti.example';
    expect(pickupQrText('jyvaskyla', 10042, 'ABC234')).toBe('https://puoti.example/store/jyvaskyla/handover/10042?code=ABC234');
  });
});
