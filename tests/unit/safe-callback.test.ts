import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/components/auth/safe-callback';

describe('the return address after sign-in', () => {
  it.each(['/account', '/en/account/orders?x=1#top', '/admin'])('keeps a path on this site: %s', (path) => {
    expect(safeCallbackUrl(path)).toBe(path);
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/%09/evil.example',
    'javascript:alert(1)',
    '',
    null,
  ])('sends %j home instead of off the site', (value) => {
    const result = safeCallbackUrl(value, '/');
    expect(new URL(result, 'http://shop.invalid').origin).toBe('http://shop.invalid');
    expect(result.startsWith('//')).toBe(false);
  });
});
