/**
 * Only paths on this site may be returned to after sign-in (no open redirects). The value is
 * resolved the way a browser would (which drops tabs and newlines, and reads "\" as "/"), and
 * must stay on our own origin.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || /[\u0000-\u001F\u007F\\]/.test(value)) return fallback;
  const base = 'http://shop.invalid';
  const url = new URL(value, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
