import { getImageProps, type ImageProps } from 'next/image';

export type CatalogImageInput = Omit<ImageProps, 'src' | 'priority'> & { src: string };

/**
 * The <img> attributes of a catalog picture, with next/image's sizes and srcset through the image
 * optimizer, computed on the server so that no client code is needed to show a picture. SVG
 * drawings and remote URLs are served as they are: the optimizer does not rasterize SVG, and
 * remote hosts are not configured.
 */
export function catalogImageProps({ src, ...props }: CatalogImageInput) {
  const unoptimized = src.endsWith('.svg') || /^https?:\/\//.test(src);
  return getImageProps({ src, unoptimized, ...props }).props;
}
