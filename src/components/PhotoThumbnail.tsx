import type { Thumbnail } from '../photos/published-photo';
import { siteUrl } from '../site/site-url';
import { photoSrcSet } from './photo-sources';

const SIZES = '(min-width: 40rem) 8rem, 6rem';

/**
 * A list entry's photo, small: a fixed box (nothing moves when it loads, whatever the photo's
 * shape), filled with the photo's colour until the image, fetched only near the screen, arrives.
 * It repeats what the entry's title says, so it has no text of its own.
 */
export function PhotoThumbnail({ thumbnail }: { thumbnail: Thumbnail }) {
  const fallback = thumbnail.jpeg[0];
  return (
    <span className="relative block h-18 w-24 shrink-0 overflow-hidden rounded-md sm:h-24 sm:w-32">
      {/* An SVG fill, not a style attribute: the security policy allows no inline styles. */}
      <svg aria-hidden="true" className="absolute inset-0 size-full" viewBox="0 0 1 1" preserveAspectRatio="none">
        <rect width="1" height="1" fill={thumbnail.colour} />
      </svg>
      <picture>
        <source type="image/avif" srcSet={photoSrcSet(thumbnail.avif)} sizes={SIZES} />
        <source type="image/webp" srcSet={photoSrcSet(thumbnail.webp)} sizes={SIZES} />
        <img
          src={fallback && siteUrl(fallback.path)}
          srcSet={photoSrcSet(thumbnail.jpeg)}
          sizes={SIZES}
          width={thumbnail.width}
          height={thumbnail.height}
          alt=""
          loading="lazy"
          decoding="async"
          className="relative size-full object-cover"
        />
      </picture>
    </span>
  );
}
