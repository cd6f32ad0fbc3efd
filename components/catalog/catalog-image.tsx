import Image, { type ImageProps } from 'next/image';

/**
 * next/image for catalog pictures. SVG drawings and remote URLs are served as they are
 * (`unoptimized`): the optimizer does not rasterize SVG, and remote hosts are not configured.
 */
export function CatalogImage({ src, alt, ...props }: Omit<ImageProps, 'src'> & { src: string }) {
  const unoptimized = src.endsWith('.svg') || /^https?:\/\//.test(src);
  return <Image src={src} alt={alt} unoptimized={unoptimized} {...props} />;
}
