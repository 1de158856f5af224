import type { PublishedPhoto } from './published-photo.ts';

/** The width share previews and feed readers show a photo at. */
export const SHARE_WIDTH = 1200;

/** The JPEG a share preview or a feed entry shows: 1,200 px wide, or the photo's own width if smaller. */
export function sharePicture(photo: Pick<PublishedPhoto, 'jpeg'>): string | undefined {
  const fitting = photo.jpeg.filter((variant) => variant.width <= SHARE_WIDTH);
  return (fitting.at(-1) ?? photo.jpeg[0])?.path;
}
