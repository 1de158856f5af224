/**
 * What the build takes as a photo, and how it encodes one. Changing any of these re-encodes every
 * photo: the encoding cache is keyed by them (photo-cache.ts).
 */
export const PHOTO_LIMITS = {
  /** A camera's or a phone's file is well under this; a larger one is a mistake (a video, a scan). */
  maxBytes: 60_000_000,
  /**
   * Set on purpose, not libvips' default (268 MP): 12,000×9,000 (108 MP) reads, and the decoder
   * streams it at the size each variant needs, so memory stays bounded.
   */
  maxPixels: 120_000_000,
  /** A spacer, an icon or a rule is no photo. */
  minSide: 100,
} as const;

/** The formats sharp decodes that the build takes as photos (HEIC and AVIF are both "heif"). */
export const PHOTO_FORMATS = ['jpeg', 'png', 'webp', 'heif'] as const;

export const PHOTO_ENCODING = {
  /**
   * Variant widths in CSS pixels × DPR; a photo is never enlarged, so a small one has fewer.
   * 1,200 is what share previews and feed readers show (share-picture.ts), and about what a
   * 390 px phone at 3× needs for the reading column.
   */
  widths: [320, 480, 640, 960, 1200, 1600],
  /**
   * Low efforts, not libvips' defaults (AVIF 4, WebP 4): measured on 1,200 px photos, AVIF at 4
   * took ten times as long as at 1 (2–4 s a variant) and WebP twice as long as at 2, for files
   * within a few percent of the same size. Encoding is most of a first build's time.
   */
  avif: { quality: 50, effort: 1 },
  webp: { quality: 70, effort: 2 },
  jpeg: { quality: 75, mozjpeg: true },
  /** The width of the small image the dominant colour is taken from. */
  colourSample: 64,
} as const;

export type PhotoFormat = 'avif' | 'webp' | 'jpeg';
export const OUTPUT_FORMATS: readonly PhotoFormat[] = ['avif', 'webp', 'jpeg'];
