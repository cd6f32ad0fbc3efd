// The proxy's security work: the per-request Content-Security-Policy with a nonce, the staff
// screens' camera, HSTS only from a trusted proxy over https, and a 400 with one log line for
// malformed addresses and server-action bodies (which used to reach PostgreSQL or React's decoder
// and come back as 500 with a stack trace).
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import proxy from '@/proxy';
import { malformedActionRequest, malformedJsonRow, malformedUrl, nestingDepth } from '@/lib/security/malformed-request';
import { contentSecurityPolicy, isRenderedPerRequest, staticSecurityHeaders } from '@/lib/security/security-headers';
import { INT4_MAX, readIntParam } from '@/lib/validation/number-param';

const ACTION_ID = '7f'.repeat(21);

function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}) {
  return new NextRequest(`http://shop.test${path}`, init as ConstructorParameters<typeof NextRequest>[1]);
}

const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

let warn: MockInstance;
let error: MockInstance;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  error = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** The policy of a response, directive by directive. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

describe('Content-Security-Policy', () => {
  it('on a page rendered per request: a fresh nonce on every response, handed to Next.js in the request, no inline script without it', async () => {
    const first = await proxy(request('/admin/orders'));
    const second = await proxy(request('/en/account'));
    const policy = directives(first.headers.get('content-security-policy'));
    const nonce = /^'nonce-([A-Za-z0-9+/]{22}==)'$/.exec(policy.get('script-src')?.find((s) => s.startsWith("'nonce-")) ?? '')?.[1];
    expect(nonce).toBeDefined();
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    // Next.js reads the nonce from the request's policy (the proxy's request headers reach the page).
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(first.headers.get('content-security-policy'));
    expect(second.headers.get('content-security-policy')).toContain("'nonce-");
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
  });

  it('every policy: no other origin runs script, no plugins, no <base>, forms post home or to Stripe Checkout, never framed', () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicy({ nonce: 'abc' })].map(directives)) {
      const scriptSources = [...(policy.get('script-src') ?? []), ...(policy.get('default-src') ?? [])];
      expect(scriptSources.filter((s) => !s.startsWith("'"))).toEqual([]);
      expect(policy.get('script-src-attr')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'", 'https://checkout.stripe.com']);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    }
  });

  it('is left to next.config.ts (the policy without a nonce) on the cached public pages', async () => {
    for (const path of ['/', '/en', '/category/vaatteet', '/search?q=kahvi', '/stores', '/tarinat', '/en/stories']) {
      const response = await proxy(request(path));
      expect(response.headers.get('content-security-policy'), path).toBeNull();
      expect(response.headers.get('x-middleware-request-content-security-policy'), path).toBeNull();
    }
    const cached = directives(staticSecurityHeaders().find((h) => h.key === 'Content-Security-Policy')!.value);
    expect(cached.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('tells the staff screens from the public store pages', () => {
    expect(['/store', '/store/jyvaskyla/pickups', '/en/store/events', '/admin', '/checkout', '/cart', '/order/10001', '/signin', '/en/signup'].every(isRenderedPerRequest)).toBe(true);
    expect(['/', '/stores', '/en/stores', '/category/x', '/search', '/product/x', '/storefront', '/administration'].some(isRenderedPerRequest)).toBe(false);
  });

  it('is not sent at all with SECURITY_HEADERS=off (benchmarks only)', async () => {
    vi.stubEnv('SECURITY_HEADERS', 'off');
    const response = await proxy(request('/admin'));
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('permissions-policy')).toBeNull();
  });
});

describe('Permissions-Policy', () => {
  it('allows the camera to the staff screens, on their own origin only', async () => {
    expect((await proxy(request('/store/jyvaskyla/handover'))).headers.get('permissions-policy')).toMatch(/(^|, )camera=\(self\)(,|$)/);
    // Elsewhere the static header (camera=()) from next.config.ts stays.
    expect((await proxy(request('/account'))).headers.get('permissions-policy')).toBeNull();
    expect(staticSecurityHeaders().find((h) => h.key === 'Permissions-Policy')?.value).toMatch(/(^|, )camera=\(\)(,|$)/);
  });
});

describe('Strict-Transport-Security', () => {
  const viaProxy = (peer: string, proto: string) => request('/', { headers: { 'x-forwarded-proto': proto, 'x-digijalka-peer': peer } });

  it('is sent when a trusted proxy says the request came over https', async () => {
    vi.stubEnv('DIGIJALKA_PEER_HEADER', '1');
    vi.stubEnv('TRUSTED_PROXIES', 'loopback');
    expect((await proxy(viaProxy('127.0.0.1', 'https'))).headers.get('strict-transport-security')).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect((await proxy(viaProxy('127.0.0.1', 'http'))).headers.get('strict-transport-security')).toBeNull();
  });

  it('is not sent on the word of anyone else', async () => {
    vi.stubEnv('DIGIJALKA_PEER_HEADER', '1');
    vi.stubEnv('TRUSTED_PROXIES', 'loopback');
    expect((await proxy(viaProxy('203.0.113.9', 'https'))).headers.get('strict-transport-security')).toBeNull();
    vi.stubEnv('TRUSTED_PROXIES', '');
    expect((await proxy(viaProxy('127.0.0.1', 'https'))).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('malformed addresses', () => {
  it.each([
    ['a NUL byte in the path', '/product/%00'],
    ['a NUL byte in a page path', '/category/a%00b'],
    ['an overlong slash (%C0%AF)', '/product/..%C0%AF..%C0%AFetc'],
    ['a lone surrogate', '/admin/%ED%A0%80'],
    ['a cut UTF-8 sequence', '/search/%E2%82'],
    ['a control character', '/account/%0a'],
    ['an API route', '/api/products/%00/availability'],
    ['a NUL in the query', '/search?q=%00kahvi'],
    ['an overlong sequence in the query', '/admin/orders?q=%C0%AF'],
  ])('answers %s with 400 and one line in the log', async (_, path) => {
    const response = await proxy(request(path));
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('Bad request\n');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^Bad request refused \(400\): GET \S+: .+$/);
    expect(String(warn.mock.calls[0][0])).not.toMatch(/[\u0000-\u001f]/);
    expect(error).not.toHaveBeenCalled();
  });

  it('lets well-formed escapes through', () => {
    expect(malformedUrl('/search/kahvi%20suodatin', '?q=%C3%A4%C3%B6+x&page=2')).toBeNull();
    expect(malformedUrl('/en/stories/a-b', '?text=line%0Aline')).toBeNull();
  });
});

describe('malformed server-action bodies', () => {
  const call = (body: BodyInit, contentType = 'text/plain;charset=UTF-8', path = '/product/villasukat') =>
    request(path, { method: 'POST', headers: { 'next-action': ACTION_ID, 'content-type': contentType }, body });

  it.each([
    ['garbage', call('garbage{{{')],
    ['a 10,000-deep nested array', call(deepArray(10_000))],
    ['an escaped NUL', call('["a\\u0000b"]')],
    ['an empty body', call('')],
    ['arguments that are not a list', call('{"0":"x"}')],
    ['a JSON body sent as JSON', call('{"a":', 'application/json')],
    ['an unreadable multipart body', call('--x\r\nnonsense', 'multipart/form-data; boundary=zzz')],
    ['a reference to a row the body does not have', call('["$1"]')],
    ['a Map, which no action of the shop takes', call('[{"status":"idle"},"$Q1"]')],
    ['a server reference as an argument', call('["$F1"]')],
    ['a bigint that is not a number', call('["$n1x"]')],
  ])('answers %s with 400 and one line in the log', async (_, incoming) => {
    const response = await proxy(incoming);
    expect(response.status).toBe(400);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^Bad request refused \(400\): POST \/product\/villasukat: action /);
    expect(error).not.toHaveBeenCalled();
  });

  it('refuses a multipart call whose rows are deep, not JSON or whose arguments are not a list, and a no-script form post with a broken bound argument', async () => {
    const notList = new FormData();
    notList.append('0', '{"status":"idle"}');
    expect(await malformedActionRequest(request('/cart', { method: 'POST', headers: { 'next-action': ACTION_ID }, body: notList }))).toMatch(/not a list/);

    const deep = new FormData();
    deep.append('0', '["$K1"]');
    deep.append('_1_quantity', '1');
    deep.append('2', deepArray(1_000));
    const multipart = request('/product/villasukat', { method: 'POST', headers: { 'next-action': ACTION_ID }, body: deep });
    expect((await proxy(multipart)).status).toBe(400);

    const mpa = new FormData();
    mpa.append('$ACTION_REF_1', '');
    mpa.append('$ACTION_1:0', '{"id":');
    const post = request('/cart', { method: 'POST', body: mpa });
    expect(await malformedActionRequest(post)).toMatch(/not JSON/);
  });

  it('refuses a multipart row that refers back to the arguments', async () => {
    const cycle = new FormData();
    cycle.append('0', '[{"status":"idle"},"$1"]');
    cycle.append('1', '[1,"$0"]');
    expect(await malformedActionRequest(request('/cart', { method: 'POST', headers: { 'next-action': ACTION_ID }, body: cycle }))).toMatch(/reference "\$1"/);
  });

  it('lets through what React writes: JSON text, and multipart with JSON rows and form fields of any text', async () => {
    expect(await malformedActionRequest(call('[{"status":"idle"},"$K1"]'))).toBeNull();
    expect(await malformedActionRequest(call('["$$ a dollar", "$undefined", "$D2026-12-07T10:00:00.000Z", "$n12", "$-0", "$NaN", "$-Infinity"]'))).toBeNull();
    const noScript = new FormData();
    noScript.append('$ACTION_REF_1', '');
    noScript.append('$ACTION_1:0', '{"id":"abc","bound":"$@1"}');
    noScript.append('$ACTION_1:1', '["10001"]');
    expect(await malformedActionRequest(request('/cart', { method: 'POST', body: noScript }))).toBeNull();
    const form = new FormData();
    form.append('0', '[{"status":"idle"},"$K1"]');
    form.append('_1_name', '[[[[ not JSON, and that is fine ]');
    form.append('_1_quantity', '2');
    const multipart = request('/cart', { method: 'POST', headers: { 'next-action': ACTION_ID }, body: form });
    expect(await malformedActionRequest(multipart)).toBeNull();
    const response = await proxy(request('/cart', { method: 'POST', headers: { 'next-action': ACTION_ID, 'content-type': 'text/plain;charset=UTF-8' }, body: '[]' }));
    expect(response.status).not.toBe(400);
    expect(warn).not.toHaveBeenCalled();
  });

  it('counts nesting without parsing, ignoring brackets inside strings', () => {
    expect(nestingDepth('[{"a":[1,"]]]]"]}]')).toBe(3);
    expect(nestingDepth('["\\"[[["]')).toBe(1);
    expect(malformedJsonRow(deepArray(64))).toBeNull();
    expect(malformedJsonRow(deepArray(65))).toMatch(/deeper/);
    expect(malformedJsonRow('["\\\\u0000"]')).toBeNull(); // a backslash, then the text u0000
  });
});

describe('numbers from the address', () => {
  it('reads plain digits within the column, and nothing else', () => {
    expect(readIntParam('10042')).toBe(10042);
    expect(readIntParam(['3', '4'])).toBe(3);
    expect(readIntParam(String(INT4_MAX))).toBe(INT4_MAX);
    for (const text of [String(INT4_MAX + 1), '9999999999', '99999999999999', '0', '-1', '1e3', '1.5', ' 7', '0x10', '', undefined]) {
      expect(readIntParam(text), String(text)).toBeNull();
    }
    expect(readIntParam('12', { max: 10 })).toBeNull();
    expect(readIntParam('0', { min: 0 })).toBe(0);
  });
});
