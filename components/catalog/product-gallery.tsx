import { useTranslations } from 'next-intl';
import { CatalogImage } from './catalog-image';
import type { ProductImageData } from '@/lib/catalog/types';

/**
 * The product's pictures: the first one large (loaded at once: it is the page's largest
 * element), the others below it. No script needed.
 */
export function ProductGallery({ images, name }: { images: ProductImageData[]; name: string }) {
  const t = useTranslations('catalog.product');
  const [main, ...rest] = images;
  if (!main) return <div className="aspect-square rounded-xl bg-stone-100" aria-hidden="true" />;
  return (
    <section aria-label={t('images')} className="flex flex-col gap-3">
      <div className="relative aspect-square overflow-hidden rounded-xl bg-stone-100">
        <CatalogImage
          src={main.url}
          alt={main.alt || name}
          fill
          preload
          sizes="(min-width: 1024px) 36rem, 100vw"
          className="object-cover"
        />
      </div>
      {rest.length ? (
        <ul className="grid grid-cols-3 gap-3 sm:grid-cols-4">
          {rest.map((image) => (
            <li key={image.url} className="relative aspect-square overflow-hidden rounded-lg bg-stone-100">
              <CatalogImage src={image.url} alt={image.alt} fill sizes="(min-width: 640px) 10rem, 33vw" className="object-cover" />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
