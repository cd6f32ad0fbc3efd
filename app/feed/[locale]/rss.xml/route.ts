import { routing } from '@/i18n/routing';
import { feedResponse } from '@/lib/seo/feed-response';

// /feed/fi/rss.xml and /feed/en/rss.xml: stories and guides. Static, regenerated when content
// changes (CONTENT_TAG) and at least hourly.
export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return feedResponse(params, 'rss');
}
