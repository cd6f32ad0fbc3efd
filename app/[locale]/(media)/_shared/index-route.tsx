// The index pages of stories, guides and events; the route files only name their type.
// Rendered per request because the topic filter and the page number are in the query; every
// read comes from the content cache, and nothing reads cookies, headers or the session.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/catalog/pagination';
import { ContentCardGrid } from '@/components/media/content-card-grid';
import { TagFilter } from '@/components/media/tag-filter';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { BookIcon, CalendarIcon } from '@/components/ui/icons';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import type { AppLocale } from '@/i18n/routing';
import { readPageParam } from '@/lib/catalog/pagination';
import { cachedContentIndex, cachedContentTags, cachedEventIndex } from '@/lib/content/cached-content';
import { sectionIndexMetadata } from '@/lib/content/content-metadata';
import { contentPath, type PublicContentType } from '@/lib/content/content-paths';
import type { ContentTagLink } from '@/lib/content/list-content-tags';

type Query = { tag?: string | string[]; page?: string | string[] };
export type IndexProps = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

/** A tag slug from the query, or null for anything that cannot be one. */
function readTagParam(value: Query['tag']): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first && /^[a-z0-9][a-z0-9-]{0,99}$/.test(first) ? first : null;
}

async function titleOf(type: PublicContentType, locale: AppLocale, tag: ContentTagLink | undefined) {
  const t = await getTranslations({ locale, namespace: 'media' });
  const section = t(`sections.${type}.title`);
  return tag ? t('index.taggedTitle', { section, tag: tag.name }) : section;
}

export async function indexMetadata(type: PublicContentType, { params, searchParams }: IndexProps): Promise<Metadata> {
  const [locale, query] = await Promise.all([metadataLocale(params), searchParams]);
  const tagSlug = readTagParam(query.tag);
  const page = readPageParam(query.page);
  const [t, tags] = await Promise.all([getTranslations({ locale, namespace: 'media' }), cachedContentTags(type, locale)]);
  const title = await titleOf(type, locale, tags.find((tag) => tag.slug === tagSlug));
  const filtered = tagSlug !== null || page > 1;
  return {
    ...sectionIndexMetadata(type, locale),
    title: page > 1 ? t('index.pageTitle', { title, page }) : title,
    description: t(`sections.${type}.metaDescription`),
    // Filtered and later pages point search engines to the plain index.
    robots: filtered ? { index: false, follow: true } : undefined,
  };
}

function IndexHeader({ title, intro }: { title: string; intro: string }) {
  return (
    <header className="max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight text-balance text-stone-900 sm:text-4xl">{title}</h1>
      <p className="mt-3 text-lg text-pretty text-stone-800">{intro}</p>
    </header>
  );
}

/** Stories or guides: newest first, with a topic filter and pages. */
export async function SectionIndexPage({ type, params, searchParams }: IndexProps & { type: 'STORY' | 'GUIDE' }) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const tagSlug = readTagParam(query.tag);
  const page = readPageParam(query.page);
  const [t, tags, list] = await Promise.all([
    getTranslations('media'),
    cachedContentTags(type, locale),
    cachedContentIndex(type, locale, tagSlug, page),
  ]);
  const title = await titleOf(type, locale, tags.find((tag) => tag.slug === tagSlug));
  const pathname = contentPath(type, locale);

  return (
    <Container className="py-8 sm:py-12">
      <IndexHeader title={title} intro={t(`sections.${type}.intro`)} />
      <div className="mt-6">
        <TagFilter type={type} locale={locale} tags={tags} current={tagSlug} />
      </div>
      {list.items.length ? (
        <>
          <ContentCardGrid cards={list.items} headingLevel={2} preloadCount={page === 1 ? 1 : 0} className="mt-8" />
          <Pagination
            page={page}
            pageCount={list.pageCount}
            hrefFor={(p) => ({ pathname, query: { ...(tagSlug ? { tag: tagSlug } : {}), ...(p > 1 ? { page: String(p) } : {}) } })}
          />
        </>
      ) : tagSlug || page > 1 ? (
        <EmptyState
          className="mt-8"
          icon={<BookIcon />}
          title={t('index.noMatchTitle')}
          text={t('index.noMatchText')}
          action={<ButtonLink href={pathname}>{t('index.showAll')}</ButtonLink>}
        />
      ) : (
        <EmptyState className="mt-8" icon={<BookIcon />} title={t('index.emptyTitle')} text={t('index.emptyText')} />
      )}
    </Container>
  );
}

/** Events: coming ones soonest first, then past ones (paged), with a topic filter. */
export async function EventIndexPage({ params, searchParams }: IndexProps) {
  const [locale, query] = await Promise.all([pageLocale(params), searchParams]);
  const tagSlug = readTagParam(query.tag);
  const page = readPageParam(query.page);
  const [t, tags, index] = await Promise.all([
    getTranslations('media'),
    cachedContentTags('EVENT', locale),
    cachedEventIndex(locale, tagSlug, page),
  ]);
  const title = await titleOf('EVENT', locale, tags.find((tag) => tag.slug === tagSlug));
  const pathname = contentPath('EVENT', locale);

  return (
    <Container className="py-8 sm:py-12">
      <IndexHeader title={title} intro={t('sections.EVENT.intro')} />
      <div className="mt-6">
        <TagFilter type="EVENT" locale={locale} tags={tags} current={tagSlug} />
      </div>
      <section aria-labelledby="upcoming-title" className="mt-10">
        <h2 id="upcoming-title" className="text-2xl font-bold tracking-tight text-stone-900">
          {t('index.upcoming')}
        </h2>
        {index.upcoming.length ? (
          <ContentCardGrid cards={index.upcoming} preloadCount={1} className="mt-6" />
        ) : (
          <EmptyState
            headingLevel={3}
            className="mt-6"
            icon={<CalendarIcon />}
            title={t('index.noUpcomingTitle')}
            text={t('index.noUpcomingText')}
            action={tagSlug ? <ButtonLink href={pathname}>{t('index.showAll')}</ButtonLink> : undefined}
          />
        )}
      </section>
      {index.past.items.length ? (
        <section aria-labelledby="past-title" className="mt-16">
          <h2 id="past-title" className="text-2xl font-bold tracking-tight text-stone-900">
            {t('index.past')}
          </h2>
          <ContentCardGrid cards={index.past.items} className="mt-6" />
          <Pagination
            page={page}
            pageCount={index.past.pageCount}
            hrefFor={(p) => ({ pathname, query: { ...(tagSlug ? { tag: tagSlug } : {}), ...(p > 1 ? { page: String(p) } : {}) } })}
          />
        </section>
      ) : null}
    </Container>
  );
}
