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

/** A variant with its file's size: what keeping it for offline reading costs (src/archive/offline-size.ts). */
const sizedVariantSchema = z.extend(variantSchema, { bytes: z.int().check(z.positive()) });

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
  avif: z.array(sizedVariantSchema).check(z.minLength(1)),
  webp: z.array(sizedVariantSchema).check(z.minLength(1)),
  jpeg: z.array(sizedVariantSchema).check(z.minLength(1)),
});

export type PublishedPhoto = z.infer<typeof publishedPhotoSchema>;
export type PhotoVariantLink = z.infer<typeof variantSchema>;
export type SizedPhotoVariant = z.infer<typeof sizedVariantSchema>;

/**
 * What a list shows of an article's first photo: a small picture in a fixed box. Its variants
 * carry no sizes: a list has dozens of thumbnails, and the one sum saving needs of them (an
 * edition's) is in the edition's offline size instead (src/archive/offline-size.ts).
 */
export const thumbnailSchema = z.extend(z.pick(publishedPhotoSchema, { width: true, height: true, colour: true }), {
  avif: z.array(variantSchema).check(z.minLength(1)),
  webp: z.array(variantSchema).check(z.minLength(1)),
  jpeg: z.array(variantSchema).check(z.minLength(1)),
});

export type Thumbnail = z.infer<typeof thumbnailSchema>;

/** Wide enough for a thumbnail on a three-times-dense screen, and no wider. */
const THUMBNAIL_MAX_WIDTH = 480;

/** The variants of one format a thumbnail offers. */
export function thumbnailVariants<V extends PhotoVariantLink>(variants: readonly V[]): V[] {
  const fitting = variants.filter((variant) => variant.width <= THUMBNAIL_MAX_WIDTH);
  return fitting.length > 0 ? fitting : variants.slice(0, 1);
}

export function thumbnailOf({ width, height, colour, avif, webp, jpeg }: PublishedPhoto): Thumbnail {
  const small = (variants: readonly SizedPhotoVariant[]) =>
    thumbnailVariants(variants).map(({ path, width }) => ({ path, width }));
  return { width, height, colour, avif: small(avif), webp: small(webp), jpeg: small(jpeg) };
}
