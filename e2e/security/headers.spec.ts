// Security headers and malformed input on the production build (issue 14, items 1 and 10).
// Every route class, signed in and out, answers with a Content-Security-Policy, X-Frame-Options,
// X-Content-Type-Options, Referrer-Policy and Permissions-Policy; pages rendered per request run
// their scripts under a fresh nonce and still work in a browser without a single CSP violation;
// malformed requests get a 4xx without a stack trace.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIResponse, Page, PlaywrightWorkerArgs } from '@playwright/test';
import { storageState, type Person } from '../support/accounts';
import { productInWarehouse, query } from '../support/db';
import { expect, test } from '../support/test';

type RouteClass = { name: string; path: string | (() => Promise<string>); as?: Person; perRequest?: boolean; staff?: boolean; page?: boolean };

const firstRow = async (sql: string) => Object.values((await query<Record<string, string>>(sql))[0] ?? {})[0];
const categorySlug = () => firstRow(`SELECT slug FROM categories ORDER BY position, slug LIMIT 1`);
const productSlug = async () => (await productInWarehouse(1)).slug;
const storySlug = () => firstRow(`SELECT slug FROM contents WHERE type = 'STORY' AND status = 'PUBLISHED' AND locale = 'fi' LIMIT 1`);

const ROUTE_CLASSES: RouteClass[] = [
  { name: 'public cached page (home)', path: '/', page: true },
  { name: 'public cached page (category)', path: async () => `/category/${await categorySlug()}`, page: true },
  { name: 'product page', path: async () => `/product/${await productSlug()}`, page: true },
  { name: 'story page', path: async () => `/tarinat/${await storySlug()}`, page: true },
  { name: 'search', path: '/search?q=kahvi', page: true },
  { name: 'back office', path: '/admin/orders', as: 'owner', perRequest: true, page: true },
  { name: 'staff screen', path: '/store', as: 'staff', perRequest: true, staff: true, page: true },
  { name: 'account', path: '/account', as: 'customer', perRequest: true, page: true },
  { name: 'checkout', path: '/checkout', as: 'customer', perRequest: true, page: true },
  { name: 'sign-in', path: '/signin', perRequest: true, page: true },
  { name: 'API route', path: '/api/cart/count', as: 'customer' },
  { name: 'API route (health)', path: '/api/health' },
  { name: 'static file', path: '/icon.svg' },
];

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

/** What every response carries, whatever it is. */
function expectSecurityHeaders(response: APIResponse, where: string) {
  const headers = response.headers();
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], where).toMatch(/camera=/);
  // Plain http here: no HSTS, whatever a client claims (see the request below).
  expect(headers['strict-transport-security'], where).toBeUndefined();
  const policy = directives(headers['content-security-policy']);
  expect(policy.size, `${where}: Content-Security-Policy`).toBeGreaterThan(0);
  expect(policy.get('frame-ancestors') ?? policy.get('default-src'), where).toEqual(["'none'"]);
  return policy;
}

/** The page policy: no other origin's script, no plugins, no <base>, forms home or to Stripe Checkout, never framed. */
function expectPagePolicy(policy: Map<string, string[]>, where: string) {
  expect([...(policy.get('script-src') ?? []), ...(policy.get('default-src') ?? [])].filter((s) => !s.startsWith("'")), where).toEqual([]);
  expect(policy.get('script-src-attr'), where).toEqual(["'none'"]);
  expect(policy.get('object-src'), where).toEqual(["'none'"]);
  expect(policy.get('base-uri'), where).toEqual(["'self'"]);
  expect(policy.get('form-action'), where).toEqual(["'self'", 'https://checkout.stripe.com']);
  expect(policy.get('frame-ancestors'), where).toEqual(["'none'"]);
}

function nonceOf(policy: Map<string, string[]>): string | undefined {
  return /^'nonce-(.+)'$/.exec(policy.get('script-src')?.find((s) => s.startsWith("'nonce-")) ?? '')?.[1];
}

async function apiContext(playwright: PlaywrightWorkerArgs['playwright'], as?: Person) {
  return playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: as ? storageState(as) : undefined });
}

test.describe('security headers on every route class', () => {
  for (const route of ROUTE_CLASSES) {
    for (const signedIn of route.as ? [false, true] : [false]) {
      test(`${route.name}, ${signedIn ? `signed in as ${route.as}` : 'signed out'}`, async ({ playwright }) => {
        const api = await apiContext(playwright, signedIn ? route.as : undefined);
        const url = typeof route.path === 'string' ? route.path : await route.path();
        const response = await api.get(url, { maxRedirects: 0, headers: { 'x-forwarded-proto': 'https' } });
        expect(response.status(), url).toBeLessThan(400);
        const policy = expectSecurityHeaders(response, url);
        if (route.page) expectPagePolicy(policy, url);
        expect(response.headers()['permissions-policy']).toMatch(route.staff ? /(^|, )camera=\(self\)(,|$)/ : /(^|, )camera=\(\)(,|$)/);
        if (route.perRequest) {
          // Scripts only with this response's nonce; every script the page itself wrote carries it.
          expect(policy.get('script-src'), url).not.toContain("'unsafe-inline'");
          const nonce = nonceOf(policy);
          expect(nonce, url).toBeTruthy();
          if (response.status() === 200) {
            const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
            expect(scripts.length, url).toBeGreaterThan(0);
            expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)), url).toEqual([]);
          }
          const again = await api.get(url, { maxRedirects: 0 });
          expect(nonceOf(directives(again.headers()['content-security-policy'])), url).not.toBe(nonce);
        } else if (route.page) {
          // The cached pages: the same HTML for everyone, so no nonce; inline handlers still blocked.
          expect(policy.get('script-src'), url).toEqual(["'self'", "'unsafe-inline'"]);
        }
        await api.dispose();
      });
    }
  }
});

/** Collects CSP violations and console errors from the page's first moment. */
async function watchViolations(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) errors.push(message.text());
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test.describe('in the browser', () => {
  test('the back office runs under its nonce: a picture uploads through its script and a server action, and the upload is served with the headers', async ({ browser, playwright }) => {
    const context = await browser.newContext({ storageState: storageState('owner') });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    const response = await page.goto('/admin/products/new');
    const nonce = nonceOf(directives(response?.headers()['content-security-policy']));
    expect(nonce).toBeTruthy();
    // Every script in the document carries the nonce (the property: browsers hide the attribute).
    const scripts = await page.evaluate(() => Array.from(document.scripts).map((s) => ({ src: s.src, nonce: s.nonce, inline: !s.src })));
    expect(scripts.filter((s) => s.inline).length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.inline && s.nonce !== nonce)).toEqual([]);

    // Clicks and uploads that only work once the page's script has run.
    await page.getByRole('button', { name: 'Lisää kuva' }).click();
    await page.getByLabel('Tai lataa kuva 1 koneelta').setInputFiles({ name: 'pikseli.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByText('Kuva ladattiin; osoite on täytetty. Muista tallentaa tuote.')).toBeVisible();
    const uploaded = await page.getByLabel('Kuvan osoite').inputValue();
    expect(uploaded).toMatch(/^\/uploads\/[0-9a-f-]{36}\.png$/);
    expect(await violations()).toEqual([]);
    await context.close();

    // The upload, to anyone.
    for (const as of [undefined, 'owner'] as const) {
      const api = await apiContext(playwright, as);
      const picture = await api.get(uploaded);
      expect(picture.status()).toBe(200);
      expect(picture.headers()['content-type']).toBe('image/png');
      expectSecurityHeaders(picture, uploaded);
      await api.dispose();
    }
  });

  test('a cached product page works under its policy: adding to the cart needs its script', async ({ page }) => {
    const violations = await watchViolations(page);
    const product = await productInWarehouse(1);
    await page.goto(`/product/${product.slug}`);
    await page.getByRole('button', { name: 'Lisää ostoskoriin' }).click();
    await expect(page.getByText('Lisätty ostoskoriin.').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  test.describe('staff', () => {
    test.use({ storageState: storageState('staff') });

    test('the staff screens may use the camera, other pages may not, and neither breaks a CSP rule', async ({ page }) => {
      const violations = await watchViolations(page);
      // null while the page is between two documents (it loads itself again, see below).
      const allows = () =>
        page.evaluate(() => (document as unknown as { featurePolicy: { allowsFeature: (f: string) => boolean } }).featurePolicy.allowsFeature('camera')).catch(() => null);
      await page.goto('/account');
      expect(await allows()).toBe(false);
      await page.goto('/store');
      await expect(page).toHaveURL(/\/store/);
      expect(await allows()).toBe(true);
      // Arriving from the account menu (a move inside the app) still ends with the camera allowed.
      await page.goto('/account');
      await page.locator('summary', { hasText: 'Tilivalikko:' }).click();
      await page.getByRole('link', { name: 'Myymälä', exact: true }).click();
      await expect(page).toHaveURL(/\/store$/);
      await expect.poll(allows).toBe(true);
      await page.waitForLoadState();
      expect(await violations()).toEqual([]);
    });
  });
});

test.describe('malformed input gets a 4xx, never a 500 and a stack trace', () => {
  async function expectRefused(response: APIResponse, where: string, statuses = [400]) {
    expect(statuses, `${where}: ${response.status()}`).toContain(response.status());
    const body = await response.text();
    // No stack frame (a page's own not-found payload may well name its error digest).
    expect(body, where).not.toMatch(/\bat \S+ \((?:\/|node:|file:)|node:internal|\/node_modules\//);
  }

  test('bytes no address may hold, anywhere', async ({ playwright }) => {
    const api = await apiContext(playwright);
    const slug = await productSlug();
    for (const url of [
      `/product/${slug}%00`,
      '/product/%C0%AF',
      '/tarinat/..%C0%AF..%C0%AFetc',
      '/%00',
      '/category/%ED%A0%80',
      '/admin/%C0%AF',
      '/api/products/%00/availability',
      '/api/health/%C0%AF',
      '/search?q=%00',
    ]) {
      await expectRefused(await api.get(url, { maxRedirects: 0 }), url);
    }
    // Next.js itself reads a query's broken escapes as U+FFFD: harmless, never a 500.
    for (const url of ['/category?page=%C0', `/product/${slug}?x=%C0%AF`, '/api/health?x=%C0']) {
      expect((await api.get(url, { maxRedirects: 0 })).status(), url).toBeLessThan(400);
    }
    await api.dispose();
  });

  test('numbers beyond their column', async ({ playwright }) => {
    const owner = await apiContext(playwright, 'owner');
    for (const url of ['/admin/orders?page=99999999999999', '/admin/customers?page=99999999999999', '/admin/audit?page=99999999999999', '/admin/products?page=99999999999999']) {
      expect((await owner.get(url)).status(), url).toBe(200);
    }
    await expectRefused(await owner.get('/admin/orders/99999999999'), '/admin/orders/99999999999', [404]);
    const customer = await apiContext(playwright, 'customer');
    await expectRefused(await customer.get('/account/orders/9999999999'), '/account/orders/9999999999', [404]);
    const staff = await apiContext(playwright, 'staff');
    await expectRefused(await staff.get('/store/jyvaskyla/pickups/9999999999'), 'store pickup', [404]);
    // The returns desk answers a number it cannot find with its own message.
    const desk = await staff.get('/store/jyvaskyla/returns/9999999999');
    expect(desk.status()).toBe(200);
    expect(await desk.text()).toContain('R-9999999999 ei löytynyt');
    const guest = await apiContext(playwright);
    await expectRefused(await guest.get('/order/9999999999'), '/order/9999999999', [404]);
    await expectRefused(await guest.get('/order/10001/return/9999999999'), 'guest return', [404]);
    const category = await categorySlug();
    for (const url of [`/category/${category}/filter?min=999999999999`, `/category/${category}/filter?max=99999999999999,99`, `/category/${category}?page=99999999999999`]) {
      expect((await guest.get(url)).status(), url).toBe(200);
    }
    await Promise.all([owner, customer, staff, guest].map((c) => c.dispose()));
  });

  test("JSON to next-auth's endpoints", async ({ playwright }) => {
    const api = await apiContext(playwright);
    const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const json = (data: unknown) => ({ headers: { 'content-type': 'application/json' }, data: typeof data === 'string' ? data : JSON.stringify(data) });
    await expectRefused(await api.post('/api/auth/callback/credentials', json({ csrfToken, email: { $gt: '' }, password: ['x'] })), 'credentials JSON', [415]);
    await expectRefused(await api.post('/api/auth/signin/email', json({ csrfToken, email: ['a@b.fi'] })), 'e-mail link JSON', [415]);
    await expectRefused(await api.post('/api/auth/signin/email', json('{"csrfToken":')), 'broken JSON', [415]);
    await expectRefused(await api.post('/api/auth/callback/credentials', { form: { csrfToken, email: 'a\u0000b@example.com', password: 'x' } }), 'NUL in the form');
    await api.dispose();
  });

  test('malformed and deeply nested server-action bodies', async ({ playwright }) => {
    // The product page's own add-to-cart action, as its script sends it: Next.js turns away an
    // action the page does not have before it reads the body.
    type Manifest = { node: Record<string, { workers: Record<string, unknown>; exportedName?: string }> };
    const manifest = JSON.parse(readFileSync(path.resolve('.next-e2e/server/server-reference-manifest.json'), 'utf8')) as Manifest;
    const actionId = Object.keys(manifest.node).find(
      (id) => manifest.node[id].exportedName === 'addToCartAction' && Object.keys(manifest.node[id].workers).some((page) => page.includes('product/[slug]')),
    )!;
    expect(actionId).toMatch(/^[0-9a-f]{40,}$/);
    const api = await apiContext(playwright);
    const slug = await productSlug();
    const call = (body: string | Buffer, contentType = 'text/plain;charset=UTF-8') =>
      api.post(`/product/${slug}`, { headers: { 'next-action': actionId, 'content-type': contentType, accept: 'text/x-component' }, data: body });
    await expectRefused(await call('garbage{{{'), 'garbage');
    await expectRefused(await call('['.repeat(10_000) + ']'.repeat(10_000)), '10,000-deep array');
    await expectRefused(await call('"not a list of arguments"'), 'arguments not a list');
    await expectRefused(await call('--zzz\r\nContent-Disposition: form-data; name="0"\r\n\r\n' + '['.repeat(10_000) + '\r\n--zzz--\r\n', 'multipart/form-data; boundary=zzz'), 'deep multipart row');
    await expectRefused(await call(Buffer.from('--x\r\n\u0000\u0001'), 'multipart/form-data; boundary=zzz'), 'unreadable multipart');
    // References React's decoder cannot resolve or that no action of the shop takes (each was a 500).
    for (const body of ['["$1"]', '[{"status":"idle"},"$Q1"]', '["$F1"]', '["$B1"]', '["$n1x"]', '["$AB1"]', '["$Y"]']) {
      await expectRefused(await call(body), body);
    }
    const cycle = await api.post(`/product/${slug}`, {
      headers: { 'next-action': actionId, accept: 'text/x-component' },
      multipart: { '0': '[{"status":"idle"},"$1"]', '1': '[1,"$0"]' },
    });
    await expectRefused(cycle, 'a row that refers back to the arguments');
    // The same action called as React's client calls it is not refused (it answers "invalid input").
    const fine = await api.post(`/product/${slug}`, {
      headers: { 'next-action': actionId, accept: 'text/x-component' },
      multipart: { '0': '[{"status":"idle"},"$K1"]', _1_variantId: 'not-a-variant', _1_quantity: '1' },
    });
    expect(fine.status()).toBe(200);
    // Arguments of the wrong kind (no form) are refused by the action's schema, not a TypeError.
    expect((await call('[]')).status()).toBe(200);
    await api.dispose();
  });
});
