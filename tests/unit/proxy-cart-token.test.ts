import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import proxy from '@/proxy';

const ACTION = { 'next-action': '7f00aa', 'content-type': 'text/plain' };

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  // A server action's body as React's client writes it (the proxy refuses malformed ones).
  const body = init.headers?.['next-action'] ? '[]' : undefined;
  return new NextRequest(`http://shop.test${path}`, { ...init, body });
}

/** The cookie header the page or action behind the proxy gets, when the proxy changed it. */
function forwardedCookies(response: Response): string | null {
  return response.headers.get('x-middleware-request-cookie');
}

describe("a guest's cart token, issued by the proxy before their first server action", () => {
  it('reaches the action in the request and the browser in a plain Set-Cookie', async () => {
    const response = await proxy(request('/product/villasukat', { method: 'POST', headers: ACTION }));
    const setCookie = response.headers.get('set-cookie') ?? '';
    const token = /^dj_cart=([A-Za-z0-9_-]{43});/.exec(setCookie)?.[1];
    expect(token).toBeDefined();
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(forwardedCookies(response)).toContain(`dj_cart=${token}`);
    // Set through response.cookies, Next.js would hand it to the action as a change and render
    // the whole page again into the action's answer.
    expect(response.headers.has('x-middleware-set-cookie')).toBe(false);
  });

  it('gives every guest a different token', async () => {
    const tokens = new Set(
      await Promise.all(Array.from({ length: 5 }, async () => (await proxy(request('/en/cart', { method: 'POST', headers: ACTION }))).headers.get('set-cookie'))),
    );
    expect(tokens.size).toBe(5);
  });

  it('replaces a malformed cart cookie', async () => {
    const response = await proxy(request('/cart', { method: 'POST', headers: { ...ACTION, cookie: 'dj_cart=not-a-token' } }));
    expect(response.headers.get('set-cookie')).toMatch(/^dj_cart=[A-Za-z0-9_-]{43};/);
  });

  it.each([
    ['a page load', request('/cart')],
    ['an ordinary form post', request('/cart', { method: 'POST' })],
    ['a guest who has a cart', request('/cart', { method: 'POST', headers: { ...ACTION, cookie: `dj_cart=${'a'.repeat(43)}` } })],
    ['a signed-in shopper', request('/cart', { method: 'POST', headers: { ...ACTION, cookie: 'next-auth.session-token=abc' } })],
    ['a signed-in shopper over HTTPS', request('/cart', { method: 'POST', headers: { ...ACTION, cookie: '__Secure-next-auth.session-token.0=abc' } })],
  ])('issues nothing for %s', async (_, incoming) => {
    const response = await proxy(incoming);
    expect(response.headers.get('set-cookie') ?? '').not.toContain('dj_cart');
    expect(forwardedCookies(response) ?? '').not.toMatch(/dj_cart=(?!a{43})/);
  });
});
