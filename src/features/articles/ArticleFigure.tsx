import type { ReactNode } from 'react';
import { PhotoColour, PhotoPicture } from '../../components/PhotoPicture';
import type { PublishedPhoto } from '../../photos/published-photo';
import { siteUrl } from '../../site/site-url';
import { PHOTO_BUTTON_ATTRIBUTE } from './PhotoLightbox';

/** The reading column: the article's measure on a wide screen, the screen less its margins on a phone. */
export const PHOTO_SIZES = '(min-width: 44rem) 40rem, calc(100vw - 2rem)';

/**
 * A photo at the width of the reading column: AVIF or WebP where the browser takes them, JPEG
 * otherwise, at the width the screen needs. Its box has the photo's shape from the start (width
 * and height), filled with the photo's main colour until the image arrives. The lead photo is
 * fetched at once and first; every other one when it nears the screen.
 */
export function ArticleFigure({
  photo,
  index,
  lead,
  caption,
  onOpen,
}: {
  photo: PublishedPhoto;
  /** Its place among the article's photos. */
  index: number;
  lead: boolean;
  caption: ReactNode;
  onOpen: () => void;
}) {
  const fallback = photo.jpeg.find((variant) => variant.width >= 640) ?? photo.jpeg.at(-1);
  const largest = photo.jpeg.at(-1);
  return (
    <figure className="my-6 break-inside-avoid">
      {/* Without JavaScript the link opens the largest file; with it, the photo opens full-screen. */}
      <a
        href={largest && siteUrl(largest.path)}
        {...{ [PHOTO_BUTTON_ATTRIBUTE]: index }}
        aria-label={`查看大图：${photo.description}`}
        onClick={(event) => {
          event.preventDefault();
          onOpen();
        }}
        className="relative block cursor-zoom-in overflow-hidden rounded-md"
      >
        <PhotoColour colour={photo.colour} />
        <PhotoPicture
          photo={photo}
          sizes={PHOTO_SIZES}
          src={fallback?.path}
          alt={photo.description}
          loading={lead ? 'eager' : 'lazy'}
          fetchPriority={lead ? 'high' : 'auto'}
          decoding="async"
          className="relative block h-auto w-full"
        />
      </a>
      <figcaption className="mt-2 text-sm leading-relaxed text-muted">{caption}</figcaption>
    </figure>
  );
}
