import { preload as preloadResource } from 'react-dom';
import { catalogImageProps, type CatalogImageInput } from '@/lib/catalog/catalog-image-props';

/**
 * A catalog picture as a plain <img> (see catalogImageProps). `preload` marks the page's largest
 * picture: fetched early with high priority instead of lazily.
 */
export function CatalogImage({ preload = false, ...input }: CatalogImageInput) {
  const img = catalogImageProps({ ...input, preload, ...(preload ? { fetchPriority: 'high' } : {}) });
  if (preload) {
    preloadResource(img.src, { as: 'image', imageSrcSet: img.srcSet, imageSizes: img.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element -- the attributes are next/image's own.
  return <img {...img} alt={input.alt} />;
}
