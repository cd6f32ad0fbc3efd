import { preload as preloadResource } from 'react-dom';
import { catalogImageProps, type CatalogImageInput } from '@/lib/catalog/catalog-image-props';

/**
 * A catalog picture as a plain <img> (see catalogImageProps). `preload` marks a picture at the
 * top of the page: fetched early (a preload link, no lazy loading), as next/image does it. No
 * fetchpriority: the shop's drawings are not what a page's largest paint waits for.
 */
export function CatalogImage({ preload = false, ...input }: CatalogImageInput) {
  const img = catalogImageProps({ ...input, preload });
  if (preload) preloadResource(img.src, { as: 'image', imageSrcSet: img.srcSet, imageSizes: img.sizes });
  // eslint-disable-next-line @next/next/no-img-element -- the attributes are next/image's own.
  return <img {...img} alt={input.alt} />;
}
