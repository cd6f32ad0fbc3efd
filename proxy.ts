// Locale routing, and a guest's cart token ahead of their first server action (see
// cart-token-for-action.ts). This is not security: every page, action and route checks who is asking.
// Stories, guides and events have Finnish addresses (/tarinat/...) that are rewritten to the
// app's folders; the rest of the app has the same path in both languages.
import createMiddleware from 'next-intl/middleware';
import { defineRouting } from 'next-intl/routing';
import type { NextRequest } from 'next/server';
import { CART_COOKIE, cartCookieHeader } from './lib/cart/cart-cookie-settings';
import { cartTokenForAction } from './lib/cart/cart-token-for-action';
import { contentPathnames } from './lib/content/content-paths';
import { routing } from './i18n/routing';

const localeRouting = createMiddleware(
  // No Link header of alternates (pages carry their own hreflang links, with the translated
  // slug) and no locale cookie (see i18n/routing.ts): less work per request, and a response a
  // shared cache can keep.
  defineRouting({ ...routing, pathnames: contentPathnames, alternateLinks: false }),
);

export default function proxy(request: NextRequest) {
  const cartToken = cartTokenForAction(request);
  if (!cartToken) return localeRouting(request);
  // Into the request's cookie header, which the locale routing passes on to the action.
  request.cookies.set(CART_COOKIE, cartToken);
  const response = localeRouting(request);
  // A plain header: a cookie set through response.cookies reaches the action's cookies() as a
  // change, and that too makes Next.js render the page again into the action's answer.
  response.headers.append('Set-Cookie', cartCookieHeader(cartToken));
  return response;
}

// The statically rendered product and article pages are the busiest: their page loads skip this
// proxy (about a quarter of their cost) and are mapped to their folders by the rewrites in
// next.config.ts instead. Their server actions (add to cart) still come through here, because an
// action's messages are translated by the locale the proxy tells next-intl. Next reads this
// config at build time, so the patterns are written out (keep them in step with the rewrites).
export const config = {
  matcher: [
    // Everything except API routes, Next internals, files with an extension and those pages.
    '/((?!api|_next|_vercel|.*\\..*|(?:tarinat|oppaat|tapahtumat|product|en/stories|en/guides|en/events|en/product)/[^/]+$).*)',
    // Server actions posted from those pages.
    {
      source: '/:section(tarinat|oppaat|tapahtumat|product|en/stories|en/guides|en/events|en/product)/:slug',
      has: [{ type: 'header', key: 'next-action' }],
    },
  ],
};
