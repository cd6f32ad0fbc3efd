import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { ProductGallery } from '@/components/catalog/product-gallery';
import { ProductGrid } from '@/components/catalog/product-grid';
import { ProductPurchase } from '@/components/catalog/product-purchase';
import { ProductReviews } from '@/components/reviews/product-reviews';
import { Container } from '@/components/ui/container';
import { InfoIcon } from '@/components/ui/icons';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { cachedProductPage, cachedRelatedProducts, cachedSellableStock } from '@/lib/catalog/cached-catalog';
import { listActiveProductSlugs } from '@/lib/catalog/list-active-product-slugs';
import { jsonLdScript, productJsonLd } from '@/lib/catalog/product-json-ld';
import { appUrl } from '@/lib/email/translator';
import { cachedProductReviews } from '@/lib/reviews/cached-product-reviews';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Static (ISR). The page reads no cookies, headers or search params: the chosen variant and the
// per-store availability are read in the browser. Regenerated when revalidateProducts() names
// the product, and every five minutes at most for the stock in its structured data.
export const revalidate = 3600;
export const dynamicParams = true;

/** Prerendered at build time; the rest of a big catalog is rendered on first visit and cached. */
const PRERENDERED_PRODUCTS = 200;

export async function generateStaticParams() {
  const slugs = await listActiveProductSlugs(PRERENDERED_PRODUCTS);
  return slugs.map((slug) => ({ slug }));
}

const absolute = (url: string) => (/^https?:\/\//.test(url) ? url : appUrl(url, 'fi'));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  const product = await cachedProductPage(slug, locale);
  if (!product) return {};
  const tCommon = await getTranslations({ locale, namespace: 'common' });
  const path = `/product/${product.slug}`;
  const description = product.description.length > 160 ? `${product.description.slice(0, 157)}…` : product.description;
  const images = product.images.map((image) => ({
    url: absolute(image.url),
    alt: image.alt,
    width: image.width ?? undefined,
    height: image.height ?? undefined,
  }));
  return {
    title: product.name,
    description,
    alternates: {
      canonical: appUrl(path, locale),
      languages: { fi: appUrl(path, 'fi'), en: appUrl(path, 'en'), 'x-default': appUrl(path, 'fi') },
    },
    openGraph: {
      type: 'website',
      url: appUrl(path, locale),
      siteName: tCommon('shopName'),
      title: product.name,
      description,
      locale: locale === 'fi' ? 'fi_FI' : 'en_GB',
      alternateLocale: locale === 'fi' ? 'en_GB' : 'fi_FI',
      images,
    },
    twitter: { card: images.length ? 'summary_large_image' : 'summary', title: product.name, description, images: images.map((i) => i.url) },
  };
}

export default async function ProductPage({ params }: Props) {
  const [locale, { slug }] = await Promise.all([pageLocale(params), params]);
  const product = await cachedProductPage(slug, locale);
  if (!product) notFound();
  const category = product.categoryPath.at(-1);
  const [t, tCrumbs, tCommon, tReviews, sellable, related, reviews] = await Promise.all([
    getTranslations('catalog.product'),
    getTranslations('catalog.breadcrumbs'),
    getTranslations('common'),
    getTranslations('reviews.product'),
    cachedSellableStock(product.id),
    category ? cachedRelatedProducts(product.id, category.id, locale) : Promise.resolve([]),
    cachedProductReviews(product.id),
  ]);
  const onlyVariant = product.variants.length === 1 ? product.variants[0] : null;
  const jsonLd = productJsonLd({
    product,
    url: appUrl(`/product/${product.slug}`, locale),
    imageUrls: product.images.map((image) => absolute(image.url)),
    sellable,
    shopName: tCommon('shopName'),
    reviews: {
      average: reviews.average,
      count: reviews.count,
      items: reviews.reviews.map((r) => ({ ...r, author: r.author ?? tReviews('verifiedBuyer') })),
    },
  });

  return (
    <Container className="py-6 sm:py-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <Breadcrumbs
        items={[
          { name: tCrumbs('categories'), href: '/category' },
          ...product.categoryPath.map((c) => ({ name: c.name, href: `/category/${c.slug}` })),
        ]}
        current={product.name}
      />
      <div className="mt-4 grid gap-8 lg:mt-6 lg:grid-cols-2 lg:gap-12">
        <ProductGallery images={product.images} name={product.name} />
        <div className="flex min-w-0 flex-col gap-6">
          <header>
            {product.vendor ? (
              <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">{product.vendor}</p>
            ) : null}
            <h1 className="mt-1 text-2xl font-bold tracking-tight text-balance text-stone-900 sm:text-3xl">{product.name}</h1>
          </header>
          <ProductPurchase slug={product.slug} variants={product.variants} initialSellable={sellable} />
          {product.finalSale ? (
            <p className="flex items-start gap-2 rounded-lg border border-amber-600/40 bg-amber-50 px-3 py-2.5 text-amber-900">
              <InfoIcon className="mt-0.5 size-5 shrink-0" />
              {t('finalSale')}
            </p>
          ) : null}
          {product.description ? (
            <section aria-labelledby="description-title">
              <h2 id="description-title" className="text-lg font-semibold text-stone-900">
                {t('description')}
              </h2>
              <p className="mt-2 leading-relaxed whitespace-pre-line text-stone-800">{product.description}</p>
            </section>
          ) : null}
          <section aria-labelledby="details-title">
            <h2 id="details-title" className="text-lg font-semibold text-stone-900">
              {t('details')}
            </h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-stone-800">
              {product.vendor ? (
                <>
                  <dt className="font-medium">{t('vendor')}</dt>
                  <dd>{product.vendor}</dd>
                </>
              ) : null}
              {category ? (
                <>
                  <dt className="font-medium">{t('category')}</dt>
                  <dd>
                    <Link href={`/category/${category.slug}`} className="text-brand-800 underline underline-offset-2">
                      {category.name}
                    </Link>
                  </dd>
                </>
              ) : null}
              {onlyVariant ? (
                <>
                  <dt className="font-medium">{t('sku')}</dt>
                  <dd>{onlyVariant.sku}</dd>
                </>
              ) : null}
            </dl>
          </section>
        </div>
      </div>
      <ProductReviews reviews={reviews} />
      {related.length ? (
        <section aria-labelledby="related-title" className="mt-16">
          <h2 id="related-title" className="text-2xl font-bold tracking-tight text-stone-900">
            {t('related')}
          </h2>
          <ProductGrid products={related} className="mt-6" />
        </section>
      ) : null}
    </Container>
  );
}
