// The HTTP answer of a feed route: the feed of the locale in the address, or 404.
import 'server-only';
import { hasLocale } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import { routing } from '@/i18n/routing';
import { buildFeed } from './build-feed';
import { cachedFeedItems } from './cached-seo';
import type { FeedFormat } from './feed-links';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

export async function feedResponse(params: Promise<{ locale: string }>, format: FeedFormat): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const [items, messages] = await Promise.all([cachedFeedItems(locale), loadMessages(locale)]);
  const xml = buildFeed({ locale, format, items, title: messages.common.shopName, description: messages.common.tagline });
  return new Response(xml, { headers: { 'content-type': CONTENT_TYPES[format] } });
}
