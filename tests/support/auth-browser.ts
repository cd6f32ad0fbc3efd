// Browsers for next-auth's real handler (with the app's authOptions) in integration tests. Each
// browser keeps its cookies and its network address between requests; what Next.js gives a
// request (next/headers: headers() and cookies(); next/server: after()) is answered from the
// browser making the current request. next-auth is driven through its API-route form
// (NextAuth(req, res, options)), which takes the request as an object: its App Router form reads
// next/headers with require(), which Vitest's mocks do not reach. A test file wires it up with:
//
//   vi.mock('next/headers', () => import('../support/auth-browser').then((m) => m.nextHeadersStandIn));
//   vi.mock('next/server', async (original) => ({ ...(await original()), ...(await import('../support/auth-browser')).nextServerStandIn }));
//   vi.mock('next-auth', async (original) => (await import('../support/auth-browser')).nextAuthStandIn(await original()));
//
// and then `const browser = new TestBrowser('198.51.100.7')`, `await browser.signIn(email, password)`.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextAuthOptions } from 'next-auth';

type NextAuthModule = typeof import('next-auth');
type ApiRequest = { method: string; query: Record<string, unknown>; body?: Record<string, string>; cookies: Record<string, string>; headers: Record<string, string> };

/** The browser whose request is being handled now. */
const current = new AsyncLocalStorage<TestBrowser>();
/** Work passed to after(): run at once, awaited by flushAfter(). */
const afterWork: Promise<unknown>[] = [];

/** A response object with the part of Node's ServerResponse that next-auth's API-route handler uses. */
function apiResponse() {
  const headers = new Map<string, string | string[]>();
  const response = {
    statusCode: 200,
    body: undefined as unknown,
    status(code: number) {
      response.statusCode = code;
      return response;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return response;
    },
    json(body: unknown) {
      response.body = body;
    },
    send(body: unknown) {
      response.body = body;
    },
    end() {},
    headers,
  };
  return response;
}

export class TestBrowser {
  readonly cookies = new Map<string, string>();

  constructor(public ip: string) {}

  /** Runs `work` as this browser's request: next/headers answers with its cookies and address. */
  as<T>(work: () => Promise<T>): Promise<T> {
    return current.run(this, work);
  }

  headers(): Headers {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return new Headers({ 'x-forwarded-for': this.ip, host: 'shop.test', ...(cookie ? { cookie } : {}) });
  }

  request(method: string, query: Record<string, unknown>, body?: Record<string, string>): ApiRequest {
    return { method, query, body, cookies: Object.fromEntries(this.cookies), headers: Object.fromEntries(this.headers()) };
  }

  /** A request to next-auth at /api/auth/<path>; Set-Cookie lands in this browser. */
  async auth(path: string, form?: Record<string, string>): Promise<{ status: number; location: string | null; body: unknown }> {
    const { default: NextAuth } = await import('next-auth');
    const { authOptions } = await import('@/lib/auth/options');
    const url = new URL(`/api/auth/${path}`, 'http://shop.test');
    const query = { ...Object.fromEntries(url.searchParams), nextauth: url.pathname.replace('/api/auth/', '').split('/') };
    const response = apiResponse();
    const handler = NextAuth as unknown as (req: ApiRequest, res: ReturnType<typeof apiResponse>, options: NextAuthOptions) => Promise<void>;
    await this.as(() => handler(this.request(form ? 'POST' : 'GET', query, form), response, authOptions));
    const setCookie = response.getHeader('set-cookie');
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair, ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = decodeURIComponent(pair.slice(pair.indexOf('=') + 1));
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const location = response.getHeader('location');
    return { status: response.statusCode, location: typeof location === 'string' ? location : null, body: response.body };
  }

  private async csrf(): Promise<string> {
    return ((await this.auth('csrf')).body as { csrfToken: string }).csrfToken;
  }

  /** Signs in with a password as the sign-in form does; the error next-auth answers with, or null. */
  async signIn(email: string, password: string): Promise<string | null> {
    const csrfToken = await this.csrf();
    const response = await this.auth('callback/credentials', { email, password, csrfToken, callbackUrl: 'http://shop.test/account', json: 'true' });
    const { url } = response.body as { url: string };
    return new URL(url).searchParams.get('error');
  }

  /** Asks for a sign-in link as the e-mail link form does: the status and the address next-auth answers with. */
  async askForLink(email: string, callbackUrl = 'http://shop.test/account'): Promise<{ status: number; url: string }> {
    const csrfToken = await this.csrf();
    const response = await this.auth('signin/email', { email, csrfToken, callbackUrl, json: 'true' });
    return { status: response.status, url: (response.body as { url: string }).url };
  }

  /** Opens a link from an e-mail (next-auth's callback); where it redirects to. */
  async open(link: string): Promise<string | null> {
    const url = new URL(link);
    return (await this.auth(`${url.pathname.replace('/api/auth/', '')}${url.search}`)).location;
  }

  /** The signed-in user's id as the app's pages see it (lib/auth/session.ts), or null. */
  async sessionUserId(): Promise<string | null> {
    const { getSessionUser } = await import('@/lib/auth/session');
    // getSessionUser is cached per request by React; outside a render each call reads afresh.
    return (await this.as(() => getSessionUser()))?.id ?? null;
  }
}

function jarOf(browser: TestBrowser) {
  return {
    get: (name: string) => (browser.cookies.has(name) ? { name, value: browser.cookies.get(name)! } : undefined),
    getAll: () => [...browser.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => browser.cookies.has(name),
    set: (name: string, value: string) => {
      browser.cookies.set(name, value);
    },
    delete: (name: string) => {
      browser.cookies.delete(name);
    },
  };
}

function requireBrowser(): TestBrowser {
  const browser = current.getStore();
  if (!browser) throw new Error('`headers` was called outside a request scope.');
  return browser;
}

export const nextHeadersStandIn = {
  headers: async () => requireBrowser().headers(),
  cookies: async () => jarOf(requireBrowser()),
};

export const nextServerStandIn = {
  after: (work: Promise<unknown> | (() => unknown)) => {
    afterWork.push(Promise.resolve(typeof work === 'function' ? work() : work));
  },
};

/** Waits for the work that requests left to run after their responses (e-mail delivery). */
export async function flushAfter(): Promise<void> {
  while (afterWork.length) await Promise.all(afterWork.splice(0));
}

/**
 * 'next-auth' with getServerSession (the App Router form, which reads next/headers with require())
 * answering from the current browser through next-auth's own API-route form.
 */
export function nextAuthStandIn(original: NextAuthModule) {
  return {
    ...original,
    getServerSession: (options: NextAuthOptions) => {
      const browser = requireBrowser();
      const getServerSession = original.getServerSession as unknown as (req: ApiRequest, res: unknown, options: NextAuthOptions) => Promise<unknown>;
      return getServerSession(browser.request('GET', {}), apiResponse(), options);
    },
  };
}
