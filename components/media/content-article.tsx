import { getTranslations } from 'next-intl/server';
import { CatalogImage } from '@/components/catalog/catalog-image';
import { EventRegistration } from '@/components/events/event-registration';
import { Container } from '@/components/ui/container';
import { AlertIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import { cachedBlockProducts, cachedRelatedContent } from '@/lib/content/cached-content';
import { contentPath } from '@/lib/content/content-paths';
import { readingMinutes } from '@/lib/content/reading-time';
import type { ContentView } from '@/lib/content/types';
import { appUrl } from '@/lib/email/translator';
import { ContentBlocks } from './blocks/content-blocks';
import { BlockProducts } from './blocks/block-products';
import { ContentCardGrid } from './content-card-grid';
import { EventDetails } from './event-details';
import { formatPublishedDate } from './format-published-date';
import { ShareLinks } from './share-links';

/**
 * A story, guide or event page as readers see it. The public pages and the owner's preview both
 * render it. For events: time, place and capacity, the registration panel, a notice when
 * cancelled, and the products the event features.
 */
export async function ContentArticle({ content }: { content: ContentView }) {
  const { locale, event } = content;
  const [t, tSections, related, featured] = await Promise.all([
    getTranslations({ locale, namespace: 'media' }),
    getTranslations({ locale, namespace: 'media.sections' }),
    cachedRelatedContent(content.id),
    event?.featuredProductSlugs.length
      ? cachedBlockProducts({ productSlugs: event.featuredProductSlugs }, locale)
      : Promise.resolve([]),
  ]);
  const url = appUrl(contentPath(content.type, locale, content.slug), locale);
  const cancelled = event?.status === 'CANCELLED';

  return (
    <article className="pb-16">
      <Container size="narrow" className="pt-6 sm:pt-10">
        <p className="text-sm">
          <Link
            href={contentPath(content.type, locale)}
            locale={locale}
            className="inline-flex min-h-6 items-center font-medium text-brand-800 underline-offset-2 hover:underline"
          >
            <span aria-hidden="true">‹&nbsp;</span>
            {tSections(`${content.type}.all`)}
          </Link>
        </p>
        <header className="mt-4">
          <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">{t(`types.${content.type}`)}</p>
          <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance text-stone-900 sm:text-4xl">{content.title}</h1>
          {content.excerpt ? <p className="mt-4 text-xl text-pretty text-stone-800">{content.excerpt}</p> : null}
          <p className="mt-4 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-700">
            {content.authorName ? <span>{t('article.author', { name: content.authorName })}</span> : null}
            {content.publishedAt ? (
              <span>
                {t('article.published')}{' '}
                <time dateTime={content.publishedAt.toISOString()}>{formatPublishedDate(content.publishedAt, locale)}</time>
              </span>
            ) : null}
            {event ? null : <span>{t('article.readingTime', { minutes: readingMinutes(content.body) })}</span>}
          </p>
        </header>
      </Container>

      {content.coverImageUrl ? (
        <Container size="default" className="mt-6">
          <div className="relative aspect-[16/9] overflow-hidden rounded-xl bg-brand-50">
            <CatalogImage
              src={content.coverImageUrl}
              alt={content.coverImageAlt ?? ''}
              fill
              preload
              sizes="(min-width: 1152px) 72rem, 100vw"
              className="object-cover"
            />
          </div>
        </Container>
      ) : null}

      <Container size="narrow" className="mt-8 flex flex-col gap-8">
        {cancelled ? (
          <div className="flex gap-3 rounded-xl border border-red-700/40 bg-red-50 p-4 text-red-900">
            <AlertIcon className="mt-0.5 size-5 shrink-0" />
            <div>
              <p className="font-semibold">{t('event.cancelledTitle')}</p>
              <p className="mt-1">{t('event.cancelledText')}</p>
            </div>
          </div>
        ) : null}
        {event ? <EventDetails event={event} locale={locale} /> : null}
        {event && !cancelled ? <EventRegistration eventId={event.id} /> : null}

        <ContentBlocks blocks={content.body} locale={locale} contentId={content.id} />

        {featured.length ? (
          <section aria-labelledby="featured-title">
            <h2 id="featured-title" className="text-2xl font-bold tracking-tight text-stone-900">
              {t('event.featuredTitle')}
            </h2>
            <BlockProducts products={featured} contentId={content.id} headingLevel={3} className="mt-4" />
          </section>
        ) : null}

        {content.tags.length ? (
          <section aria-labelledby="tags-title">
            <h2 id="tags-title" className="text-lg font-semibold text-stone-900">
              {t('article.tags')}
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {content.tags.map((tag) => (
                <li key={tag.slug}>
                  <Link
                    href={{ pathname: contentPath(content.type, locale), query: { tag: tag.slug } }}
                    locale={locale}
                    className="inline-flex min-h-11 items-center rounded-full bg-brand-50 px-4 font-medium text-brand-800 hover:bg-brand-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
                  >
                    {tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <ShareLinks url={url} title={content.title} />
      </Container>

      {related.length ? (
        <Container as="section" aria-labelledby="related-title" className="mt-16">
          <h2 id="related-title" className="text-2xl font-bold tracking-tight text-stone-900">
            {t('article.related')}
          </h2>
          <ContentCardGrid cards={related} className="mt-6" />
        </Container>
      ) : null}
    </article>
  );
}

