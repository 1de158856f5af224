import type { Thumbnail } from '../photos/published-photo';
import { PhotoColour, PhotoPicture } from './PhotoPicture';

/** The box's width, for the browser's pick of a variant (photo-sizes.ts has it as numbers). */
export const THUMBNAIL_SIZES = '(min-width: 40rem) 8rem, 6rem';

/**
 * A list entry's photo, small: a fixed box (nothing moves when it loads, whatever the photo's
 * shape), filled with the photo's colour until the image, fetched only near the screen, arrives.
 * It repeats what the entry's title says, so it has no text of its own.
 */
export function PhotoThumbnail({ thumbnail }: { thumbnail: Thumbnail }) {
  return (
    <span className="relative block h-18 w-24 shrink-0 overflow-hidden rounded-md sm:h-24 sm:w-32">
      <PhotoColour colour={thumbnail.colour} />
      <PhotoPicture
        photo={thumbnail}
        sizes={THUMBNAIL_SIZES}
        src={thumbnail.jpeg[0]?.path}
        alt=""
        loading="lazy"
        decoding="async"
        className="relative size-full object-cover"
      />
    </span>
  );
}
