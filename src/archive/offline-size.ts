import type { PhotoFormat } from '../photos/photo-settings.ts';
import type { OfflineSize, PhotoBytes } from './view-schema.ts';

/**
 * What a screen takes of a photo, the way the browser picks from a `srcset` of widths: the format
 * it decodes best (AVIF, else WebP, else JPEG), and the width in device pixels of the photo's box
 * (its CSS width × devicePixelRatio) for an article's photo and for a thumbnail.
 */
export interface PhotoNeeds {
  format: PhotoFormat;
  article: number;
  thumbnail: number;
}

/**
 * The variant a browser takes for a box `width` device pixels wide: the narrowest at least that
 * wide, else the widest (a photo smaller than the box). `variants` run narrowest first.
 */
export function chooseVariant<V extends { width: number }>(variants: readonly V[], width: number): V | undefined {
  return variants.find((variant) => variant.width >= width) ?? variants.at(-1);
}

/**
 * What photos weigh for a box `width` device pixels wide: the total of the first step at least that
 * wide, else of the widest step. Exact because every photo's variants are the steps below its own
 * width and then its own width, so a photo takes the same variant for any box between two steps.
 */
export function photoBytesAt(steps: readonly PhotoBytes[] | undefined, width: number, format: PhotoFormat): number {
  return (steps && chooseVariant(steps, width)?.[format]) ?? 0;
}

/** What saving an edition costs on a screen with these needs: its documents, photos and thumbnails. */
export const offlineBytes = (size: OfflineSize, needs: PhotoNeeds): number =>
  size.bytes +
  photoBytesAt(size.photos, needs.article, needs.format) +
  photoBytesAt(size.thumbnails, needs.thumbnail, needs.format);
