// Locale routing only. This is not security: every page, action and route checks who is asking.
// Stories, guides and events have Finnish addresses (/tarinat/...) that are rewritten to the
// app's folders; the rest of the app has the same path in both languages.
import createMiddleware from 'next-intl/middleware';
import { defineRouting } from 'next-intl/routing';
import { contentPathnames } from './lib/content/content-paths';
import { routing } from './i18n/routing';

export default createMiddleware(defineRouting({ ...routing, pathnames: contentPathnames }));

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
