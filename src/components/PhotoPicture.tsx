import type { ImgHTMLAttributes } from 'react';
import type { Thumbnail } from '../photos/published-photo';
import { siteUrl } from '../site/site-url';
import { photoSrcSet } from './photo-sources';

type Variants = Pick<Thumbnail, 'width' | 'height' | 'avif' | 'webp' | 'jpeg'>;

/**
 * A photo as `<picture>`: AVIF or WebP where the browser takes them, JPEG otherwise, each at the
 * width `sizes` asks for; `src` is the JPEG for browsers without `srcset`. The image keeps the
 * photo's shape (width and height) before it loads.
 */
export function PhotoPicture({
  photo,
  sizes,
  src,
  alt,
  ...image
}: { photo: Variants; sizes: string; src: string | undefined; alt: string } & Omit<
  ImgHTMLAttributes<HTMLImageElement>,
  'src' | 'srcSet' | 'sizes' | 'width' | 'height' | 'alt'
>) {
  return (
    <picture>
      <source type="image/avif" srcSet={photoSrcSet(photo.avif)} sizes={sizes} />
      <source type="image/webp" srcSet={photoSrcSet(photo.webp)} sizes={sizes} />
      <img
        {...image}
        alt={alt}
        src={src && siteUrl(src)}
        srcSet={photoSrcSet(photo.jpeg)}
        sizes={sizes}
        width={photo.width}
        height={photo.height}
      />
    </picture>
  );
}

/** Fills a photo's box with its colour until it loads: an SVG fill, as the security policy allows no inline styles. */
export function PhotoColour({ colour }: { colour: string }) {
  return (
    <svg aria-hidden="true" className="absolute inset-0 size-full" viewBox="0 0 1 1" preserveAspectRatio="none">
      <rect width="1" height="1" fill={colour} />
    </svg>
  );
}
