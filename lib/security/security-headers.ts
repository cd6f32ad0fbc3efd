// The security headers of every response (README "Security headers"). next.config.ts gives every
// response the static set, with the policy of the cached public pages; proxy.ts gives the pages
// rendered per request (the back office, staff screens, account, cart, checkout, sign-in) a policy
// with a fresh script nonce instead, and the staff screens the camera.
//
// No imports and no path aliases: next.config.ts loads this file before the app is built.

/** SECURITY_HEADERS=off leaves them out: a switch for benchmarking only (bench/run.ts). */
export function securityHeadersOn(env: Record<string, string | undefined> = process.env): boolean {
  return env.SECURITY_HEADERS !== 'off';
}

/**
 * Where a card payer is sent: Stripe Checkout, Stripe's hosted payment page (lib/payments). The
 * browser goes there with location.assign, which form-action does not govern; it is listed so
 * that a redirect answering a form post (a server action's redirect()) may go there too.
 */
const STRIPE_CHECKOUT = 'https://checkout.stripe.com';

export type PolicyOptions = {
  /** The request's script nonce; without one, the policy of the cached pages. */
  nonce?: string;
  /** `next dev` evaluates code for its overlay and hot reloading. */
  dev?: boolean;
};

/**
 * The Content-Security-Policy. With a nonce (pages rendered per request), only the shop's own
 * script files and inline scripts that carry the nonce run. Without one (the cached public pages:
 * the same HTML goes to everyone, so it cannot carry a per-request nonce), inline <script>
 * elements run too: Next.js writes the page's data into inline scripts that differ on every page.
 * Inline event handlers (onerror="...") run on neither, and no other origin's script runs on any.
 */
export function contentSecurityPolicy({ nonce, dev = false }: PolicyOptions = {}): string {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`] : ["'self'", "'unsafe-inline'"];
  if (dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "script-src-attr 'none'",
    // React writes style attributes (next/image, progress bars); stylesheets are the shop's own.
    "style-src 'self' 'unsafe-inline'",
    // A product's pictures may be links to other sites (Shopify's CDN after an import).
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${STRIPE_CHECKOUT}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Powerful browser features are off; the camera is on for the staff screens' QR scanning, for the shop's own pages only. */
export function permissionsPolicy({ camera = false }: { camera?: boolean } = {}): string {
  return [`camera=(${camera ? 'self' : ''})`, 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'display-capture=()'].join(', ');
}

export type Header = { key: string; value: string };

/** The headers every response gets (next.config.ts); proxy.ts replaces the CSP and Permissions-Policy where it must. */
export function staticSecurityHeaders({ dev = false }: { dev?: boolean } = {}): Header[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissionsPolicy() },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/** For responses to requests that came over https (lib/security/https-request.ts). */
export const STRICT_TRANSPORT_SECURITY: Header = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };

const LOCALE = '(?:/(?:fi|en))?';

/**
 * Pages rendered per request, whose scripts run under a nonce: the back office, the staff screens,
 * account, cart, checkout, orders, sign-in and the pages reached from e-mails. Everything else the
 * proxy sees is a cached public page or one that may become one (home, catalog, search, stories),
 * which keeps the policy without a nonce: the cached HTML has no nonce to match.
 */
const PER_REQUEST = new RegExp(
  `^${LOCALE}/(?:admin|store|account|cart|checkout|order|order-lookup|signin|signup|forgot-password|reset-password|invitation|event-registration)(?:/|$)`,
);
const STAFF_SCREENS = new RegExp(`^${LOCALE}/store(?:/|$)`);

export function isRenderedPerRequest(pathname: string): boolean {
  return PER_REQUEST.test(pathname);
}

export function isStaffScreen(pathname: string): boolean {
  return STAFF_SCREENS.test(pathname);
}

/** A nonce: 128 random bits in base64 (the form Next.js reads from the request's CSP header). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
