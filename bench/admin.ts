// The back office at scale: the owner signs in like a browser does (next-auth's credentials
// callback) and opens the product, order and customer lists one request at a time, the way one
// shopkeeper works. Each page is timed over HTTP from the request to the last byte.
import { percentile } from './load';

export type AdminPageResult = { path: string; requests: number; p50: number; p95: number; errors: number };

const OWNER = { email: 'omistaja@pihlajanpuoti.example', password: 'Pihlaja-demo-2026' };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
}

/** Signs the demo owner in and returns the session cookie header. */
export function signInAsOwner(base: string): Promise<string> {
  return signInAs(base, OWNER);
}

/** Signs a demo account in like a browser does and returns the session cookie header. */
export async function signInAs(base: string, account: { email: string; password: string }): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const body = new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: 'true' });
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body,
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes('session-token='));
  if (!session) throw new Error(`${account.email} could not sign in (status ${response.status}).`);
  return [...jar, session].join('; ');
}

/** Opens each page `times` times in a row (after two warm-up requests) and times them. */
export async function measureAdminPages(base: string, cookie: string, paths: string[], times = 20): Promise<AdminPageResult[]> {
  const results: AdminPageResult[] = [];
  for (const path of paths) {
    const durations: number[] = [];
    let errors = 0;
    for (let i = 0; i < times + 2; i++) {
      const started = performance.now();
      const response = await fetch(base + path, { headers: { cookie }, redirect: 'manual' });
      await response.arrayBuffer();
      if (i >= 2) durations.push(performance.now() - started);
      if (response.status !== 200) errors++;
    }
    durations.sort((a, b) => a - b);
    results.push({ path, requests: times, p50: percentile(durations, 50), p95: percentile(durations, 95), errors });
  }
  return results;
}
