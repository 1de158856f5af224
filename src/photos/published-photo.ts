import * as z from 'zod/mini';

/**
 * A photo as an article's view carries it: where its published files are and what the page
 * needs to lay it out before any of them arrives. Free of sharp, so that the views' schema (and
 * through it the app's types) can use it.
 */

const variantSchema = z.object({
  /** Site path without the base: `photos/2023/03/08/<article>-1-640.<hash>.avif`. */
  path: z.string().check(z.regex(/^photos\/[a-z0-9/._-]+$/)),
  width: z.int().check(z.positive()),
});

export const publishedPhotoSchema = z.object({
  /** The alt text, and the caption unless the article is photo news. */
  description: z.string().check(z.minLength(1)),
  /** Paragraphs before it: 0 is the lead photo. */
  at: z.int().check(z.nonnegative()),
  /** The upright photo's size in pixels, for its box's shape. */
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  /** Fills the box until the image arrives. */
  colour: z.string().check(z.regex(/^#[0-9a-f]{6}$/)),
  /** Each format's variants, narrowest first. */
  avif: z.array(variantSchema).check(z.minLength(1)),
  webp: z.array(variantSchema).check(z.minLength(1)),
  jpeg: z.array(variantSchema).check(z.minLength(1)),
});

export type PublishedPhoto = z.infer<typeof publishedPhotoSchema>;
export type PhotoVariantLink = z.infer<typeof variantSchema>;

/** What a list shows of an article's first photo: a small picture in a fixed box. */
export const thumbnailSchema = z.pick(publishedPhotoSchema, {
  width: true,
  height: true,
  colour: true,
  avif: true,
  webp: true,
  jpeg: true,
});

export type Thumbnail = z.infer<typeof thumbnailSchema>;

/** Wide enough for a thumbnail on a three-times-dense screen, and no wider. */
const THUMBNAIL_MAX_WIDTH = 480;

export function thumbnailOf({ width, height, colour, avif, webp, jpeg }: PublishedPhoto): Thumbnail {
  const small = (variants: readonly PhotoVariantLink[]) => {
    const fitting = variants.filter((variant) => variant.width <= THUMBNAIL_MAX_WIDTH);
    return fitting.length > 0 ? fitting : variants.slice(0, 1);
  };
  return { width, height, colour, avif: small(avif), webp: small(webp), jpeg: small(jpeg) };
}
