// The guest cart's cookie: a random token; the database keeps only its SHA-256. Shared by the
// server code (cart-cookie.ts) and the proxy, which cannot import server-only modules.

export const CART_COOKIE = 'dj_cart';
export const CART_TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export const CART_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: 'lax',
  secure: process.env.NODE_ENV === 'production',
  path: '/',
  maxAge: 60 * 24 * 3600,
} as const;

/** The cookie as a `Set-Cookie` header value, with the attributes above. */
export function cartCookieHeader(token: string): string {
  const { path, maxAge, secure } = CART_COOKIE_OPTIONS;
  return [`${CART_COOKIE}=${token}`, `Path=${path}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}
