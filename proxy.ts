// Locale routing, a guest's cart token ahead of their first server action (see
// cart-token-for-action.ts), the security headers of pages rendered per request, and a 400 for
// malformed requests. This is not access control: every page, action and route checks who is asking.
// Stories, guides and events have Finnish addresses (/tarinat/...) that are rewritten to the
// app's folders; the rest of the app has the same path in both languages.
import createMiddleware from 'next-intl/middleware';
import { defineRouting } from 'next-intl/routing';
import { NextResponse, type NextRequest } from 'next/server';
import { CART_COOKIE, cartCookieHeader } from './lib/cart/cart-cookie-settings';
import { cartTokenForAction } from './lib/cart/cart-token-for-action';
import { contentPathnames } from './lib/content/content-paths';
import { cameOverHttps } from './lib/security/https-request';
import { logLine, malformedActionRequest, malformedUrl } from './lib/security/malformed-request';
import {
  STRICT_TRANSPORT_SECURITY,
  contentSecurityPolicy,
  isRenderedPerRequest,
  isStaffScreen,
  newNonce,
  permissionsPolicy,
  securityHeadersOn,
} from './lib/security/security-headers';
import { routing } from './i18n/routing';

const localeRouting = createMiddleware(
  // No Link header of alternates (pages carry their own hreflang links, with the translated
  // slug) and no locale cookie (see i18n/routing.ts): less work per request, and a response a
  // shared cache can keep.
  defineRouting({ ...routing, pathnames: contentPathnames, alternateLinks: false }),
);

// What the first two matchers below take, as regular expressions (keep them in step): the pages,
// and the product and article pages whose loads skip the proxy.
const PAGE = /^\/(?!api|_next|_vercel|.*\..*|(?:tarinat|oppaat|tapahtumat|product|en\/stories|en\/guides|en\/events|en\/product)\/[^/]+$)/;
const SKIPPING_PAGE = /^\/(?:tarinat|oppaat|tapahtumat|product|en\/stories|en\/guides|en\/events|en\/product)\/[^/]+$/;

/** A server action: called by the page's script (Next-Action header), or a form posted before the script ran. */
function mayBeAction(request: NextRequest): boolean {
  return request.method === 'POST' && (request.headers.has('next-action') || /^multipart\/form-data/i.test(request.headers.get('content-type') ?? ''));
}

export default function proxy(request: NextRequest): Response | Promise<Response> {
  const badUrl = malformedUrl(request.nextUrl.pathname, request.nextUrl.search);
  if (badUrl) return badRequest(request, badUrl);
  if (!mayBeAction(request)) return route(request);
  return malformedActionRequest(request).then((bad) => (bad ? badRequest(request, bad) : route(request)));
}

function route(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  // Addresses with a percent-escape come here wherever they lead (the last matcher): API routes,
  // files and the product and article pages go on as if the proxy had not run.
  const isPage = PAGE.test(pathname) || (SKIPPING_PAGE.test(pathname) && mayBeAction(request));
  const response = isPage ? localePage(request) : NextResponse.next();
  if (securityHeadersOn() && cameOverHttps(request.headers)) response.headers.set(STRICT_TRANSPORT_SECURITY.key, STRICT_TRANSPORT_SECURITY.value);
  return response;
}

function localePage(request: NextRequest): Response {
  const { pathname } = request.nextUrl;
  // Pages rendered per request run scripts under a nonce of their own. Next.js reads it from the
  // request's policy and puts it on every script it writes. The other pages keep the policy
  // without a nonce that next.config.ts gives every response (their HTML is cached).
  const policy = securityHeadersOn() && isRenderedPerRequest(pathname) ? contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV === 'development' }) : null;
  if (policy) request.headers.set('content-security-policy', policy);

  const cartToken = cartTokenForAction(request);
  // Into the request's cookie header, which the locale routing passes on to the action.
  if (cartToken) request.cookies.set(CART_COOKIE, cartToken);
  const response = localeRouting(request);
  // A plain header: a cookie set through response.cookies reaches the action's cookies() as a
  // change, and that too makes Next.js render the page again into the action's answer.
  if (cartToken) response.headers.append('Set-Cookie', cartCookieHeader(cartToken));

  if (policy) {
    response.headers.set('Content-Security-Policy', policy);
    if (isStaffScreen(pathname)) response.headers.set('Permissions-Policy', permissionsPolicy({ camera: true }));
  }
  return response;
}

/** 400 with one line in the log, instead of the 500 and stack trace the request would cause further in. */
function badRequest(request: NextRequest, reason: string): Response {
  console.warn(logLine(request, reason));
  return new NextResponse('Bad request\n', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

// The statically rendered product and article pages are the busiest: their page loads skip this
// proxy (about a quarter of their cost) and are mapped to their folders by the rewrites in
// next.config.ts instead. Their server actions (add to cart) still come through here, because an
// action's messages are translated by the locale the proxy tells next-intl. Next reads this
// config at build time, so the patterns are written out (keep them in step with the rewrites and
// with PAGE and SKIPPING_PAGE above).
export const config = {
  matcher: [
    // Everything except API routes, Next internals, files with an extension and those pages.
    '/((?!api|_next|_vercel|.*\\..*|(?:tarinat|oppaat|tapahtumat|product|en/stories|en/guides|en/events|en/product)/[^/]+$).*)',
    // Server actions posted from those pages: called by their script, or a form posted before it ran.
    {
      source: '/:section(tarinat|oppaat|tapahtumat|product|en/stories|en/guides|en/events|en/product)/:slug',
      has: [{ type: 'header', key: 'next-action' }],
    },
    {
      source: '/:section(tarinat|oppaat|tapahtumat|product|en/stories|en/guides|en/events|en/product)/:slug',
      has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
    // Any address with a percent-escape, wherever it leads, to be checked for bytes no address
    // may hold (NUL, overlong UTF-8). Slugs are plain ASCII, so no page of the shop has one.
    '/(.*%.*)',
  ],
};
