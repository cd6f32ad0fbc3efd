// The one story / guide / event page; the route files under stories/, guides/ and events/ only
// name their type. Static (ISR): it reads no cookies, headers or session. Prices and stock in
// product blocks and the event's free seats are read in the browser.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ContentArticle } from '@/components/media/content-article';
import { getPathname } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import type { AppLocale } from '@/i18n/routing';
import { jsonLdScript } from '@/lib/catalog/product-json-ld';
import { articleJsonLd } from '@/lib/content/article-json-ld';
import { cachedContentView, cachedResolveContentSlug } from '@/lib/content/cached-content';
import { contentMetadata } from '@/lib/content/content-metadata';
import { contentPath, type PublicContentType } from '@/lib/content/content-paths';
import { eventJsonLd } from '@/lib/content/event-json-ld';
import { listPublishedContentSlugs } from '@/lib/content/list-published-content-slugs';
import { appUrl } from '@/lib/email/translator';

export type ArticleProps = { params: Promise<{ locale: string; slug: string }> };

/** Prerendered at build time; older content is rendered on its first visit and cached. */
const PRERENDERED = 100;

export async function articleStaticParams(type: PublicContentType, { params }: { params: { locale: string } }) {
  const locale = params.locale as AppLocale;
  const slugs = await listPublishedContentSlugs({ type, locale, limit: PRERENDERED });
  return slugs.map((slug) => ({ slug }));
}

export async function articleMetadata(type: PublicContentType, { params }: ArticleProps): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  const content = await cachedContentView(type, locale, slug);
  if (!content) return {};
  const tCommon = await getTranslations({ locale, namespace: 'common' });
  return contentMetadata(content, { shopName: tCommon('shopName') });
}

export async function ArticlePage({ type, params }: ArticleProps & { type: PublicContentType }) {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const content = await cachedContentView(type, locale, slug);
  if (!content) {
    // An old slug, or the other language's slug (the language switch keeps it).
    const target = await cachedResolveContentSlug(type, locale, slug);
    if (target) permanentRedirect(getPathname({ href: target.path, locale: target.locale }));
    notFound();
  }
  const tCommon = await getTranslations('common');
  const url = appUrl(contentPath(type, locale, content.slug), locale);
  const jsonLd =
    type === 'EVENT'
      ? eventJsonLd(content, url, { shopName: tCommon('shopName') })
      : articleJsonLd(content, url, { shopName: tCommon('shopName') });

  return (
    <>
      {jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} /> : null}
      <ContentArticle content={content} />
    </>
  );
}
