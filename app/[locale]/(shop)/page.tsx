import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { CategoryList } from '@/components/catalog/category-list';
import { ContentCardGrid } from '@/components/media/content-card-grid';
import { ProductGrid } from '@/components/catalog/product-grid';
import { ShopLogo } from '@/components/shop/shop-logo';
import { buttonClasses, ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { BookIcon, CalendarIcon, SparkleIcon, StoreIcon, TruckIcon } from '@/components/ui/icons';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { cachedCategories, cachedFeaturedProducts, cachedNewProducts } from '@/lib/catalog/cached-catalog';
import { childrenOf, subtreeCounts } from '@/lib/catalog/category-tree';
import { cachedLatestStories, cachedUpcomingEvents } from '@/lib/content/cached-content';
import { contentPath } from '@/lib/content/content-paths';

type Props = { params: Promise<{ locale: string }> };

// Static: built once, then regenerated when the catalog changes (revalidateProducts /
// revalidateCatalog), when content changes (revalidateContent) or, at the latest, after ten
// minutes (so that an event that is over leaves "coming events").
export const revalidate = 600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const [t, tCommon] = await Promise.all([
    getTranslations({ locale, namespace: 'home' }),
    getTranslations({ locale, namespace: 'common' }),
  ]);
  return {
    title: { absolute: `${tCommon('shopName')} – ${t('hero.title')}` },
    description: t('metaDescription'),
  };
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, newProducts, featured, categories, stories, events] = await Promise.all([
    getTranslations('home'),
    cachedNewProducts(locale),
    cachedFeaturedProducts(locale),
    cachedCategories(locale),
    cachedLatestStories(locale),
    cachedUpcomingEvents(locale),
  ]);
  const totals = subtreeCounts(categories);
  const topCategories = childrenOf(categories, null)
    .map((c) => ({ id: c.id, slug: c.slug, name: c.name, count: totals.get(c.id) ?? 0 }))
    .filter((c) => c.count > 0);

  const promises = [
    { key: 'pickup', icon: <StoreIcon /> },
    { key: 'delivery', icon: <TruckIcon /> },
    { key: 'events', icon: <CalendarIcon /> },
  ] as const;

  return (
    <>
      <section aria-labelledby="hero-title" className="overflow-hidden bg-brand-50">
        <Container className="relative py-12 sm:py-16 lg:py-20">
          <ShopLogo className="pointer-events-none absolute top-6 right-0 hidden size-72 opacity-15 md:block" />
          <div className="relative max-w-2xl">
            <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">{t('hero.eyebrow')}</p>
            <h1
              id="hero-title"
              className="mt-3 text-4xl font-bold tracking-tight text-balance text-brand-900 sm:text-5xl"
            >
              {t('hero.title')}
            </h1>
            <p className="mt-4 text-lg text-pretty text-stone-800 sm:text-xl">{t('hero.text')}</p>
            <div className="mt-8 flex flex-col gap-3 sm:flex-row">
              <a href="#new" className={buttonClasses({ size: 'lg' })}>
                {t('hero.primaryCta')}
              </a>
              <a href="#events" className={buttonClasses({ variant: 'secondary', size: 'lg' })}>
                {t('hero.secondaryCta')}
              </a>
            </div>
          </div>
        </Container>
      </section>

      <section aria-labelledby="promises-title" className="border-b border-stone-200">
        <Container className="py-8">
          <h2 id="promises-title" className="sr-only">
            {t('promises.title')}
          </h2>
          <ul className="grid gap-6 sm:grid-cols-3">
            {promises.map(({ key, icon }) => (
              <li key={key} className="flex gap-3">
                <span
                  aria-hidden="true"
                  className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-100 text-brand-700"
                >
                  {icon}
                </span>
                <div>
                  <h3 className="font-semibold text-stone-900">{t(`promises.${key}.title`)}</h3>
                  <p className="mt-1 text-stone-700">{t(`promises.${key}.text`)}</p>
                </div>
              </li>
            ))}
          </ul>
        </Container>
      </section>

      <HomeSection id="new" title={t('new.title')}>
        {newProducts.length ? (
          <ProductGrid products={newProducts} />
        ) : (
          <EmptyState
            headingLevel={3}
            icon={<SparkleIcon />}
            title={t('new.emptyTitle')}
            text={t('new.emptyText')}
          />
        )}
      </HomeSection>
      {featured.length ? (
        <HomeSection id="featured" title={t('featured.title')}>
          <ProductGrid products={featured} />
        </HomeSection>
      ) : null}
      {topCategories.length ? (
        <HomeSection id="categories" title={t('categories.title')}>
          <CategoryList categories={topCategories} />
          <ButtonLink href="/category" variant="secondary" className="mt-6">
            {t('categories.all')}
          </ButtonLink>
        </HomeSection>
      ) : null}
      <HomeSection id="stories" title={t('stories.title')}>
        {stories.length ? (
          <>
            <ContentCardGrid cards={stories} />
            <div className="mt-6 flex flex-wrap gap-3">
              <ButtonLink href={contentPath('STORY', locale)} variant="secondary">
                {t('stories.all')}
              </ButtonLink>
              <ButtonLink href={contentPath('GUIDE', locale)} variant="secondary">
                {t('stories.guides')}
              </ButtonLink>
            </div>
          </>
        ) : (
          <EmptyState
            headingLevel={3}
            icon={<BookIcon />}
            title={t('stories.emptyTitle')}
            text={t('stories.emptyText')}
          />
        )}
      </HomeSection>
      <HomeSection id="events" title={t('events.title')}>
        {events.length ? (
          <>
            <ContentCardGrid cards={events} />
            <ButtonLink href={contentPath('EVENT', locale)} variant="secondary" className="mt-6">
              {t('events.all')}
            </ButtonLink>
          </>
        ) : (
          <EmptyState
            headingLevel={3}
            icon={<CalendarIcon />}
            title={t('events.emptyTitle')}
            text={t('events.emptyText')}
          />
        )}
      </HomeSection>
    </>
  );
}

function HomeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4">
      <Container className="pt-12">
        <h2 id={`${id}-title`} className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">
          {title}
        </h2>
        <div className="mt-6">{children}</div>
      </Container>
    </section>
  );
}
