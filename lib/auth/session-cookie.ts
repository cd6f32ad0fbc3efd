import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { SESSION_MAX_AGE_SECONDS } from './options';
import { getSessionUser } from './session';

// next-auth's session cookie, as next-auth 4 names it: with the __Secure- prefix when the shop's
// address (NEXTAUTH_URL) is https.
function sessionCookie() {
  const secure = (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  return { name: `${secure ? '__Secure-' : ''}next-auth.session-token`, secure };
}

/**
 * After a password change raised the account's session version: the session of the browser that
 * made the change is re-issued with the new version, so it stays signed in while every other
 * session has ended. Returns false when there is no session cookie to re-issue (then this
 * browser is signed out too and signs in again).
 */
export async function keepCurrentSession(userId: string, sessionVersion: number): Promise<boolean> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return false;
  const { name, secure } = sessionCookie();
  const jar = await cookies();
  const raw = jar.get(name)?.value;
  if (!raw) return false;
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (!token || token.sub !== userId) return false;
  // encode() dates and numbers the token afresh (iat, exp, jti).
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(name, value, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: SESSION_MAX_AGE_SECONDS });
  return true;
}

/**
 * For next-auth's own session answer (/api/auth/session, which the shop's header reads): when this
 * browser's session has ended (a password changed or reset elsewhere, an account deactivated),
 * "no session" and the cookie cleared, as the pages already treat it. Null when there is no
 * session cookie or the session is live: next-auth answers then.
 */
export async function endedSessionAnswer(): Promise<Response | null> {
  const { name, secure } = sessionCookie();
  if (!(await cookies()).has(name)) return null;
  if (await getSessionUser()) return null;
  const clear = `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  return Response.json({}, { headers: { 'Cache-Control': 'no-store', 'Set-Cookie': clear } });
}
