import sharp, { type Sharp } from 'sharp';
import { type PhotoFile, type PhotoPlace, photoError } from './photo-file.ts';
import { OUTPUT_FORMATS, PHOTO_ENCODING, PHOTO_FORMATS, PHOTO_LIMITS, type PhotoFormat } from './photo-settings.ts';

/** One published file of a photo. */
export interface PhotoVariant {
  format: PhotoFormat;
  width: number;
  height: number;
  bytes: Uint8Array;
}

/** A photo as published: upright, without any of its metadata, in every format and width. */
export interface EncodedPhoto {
  /** The upright photo's size in pixels. */
  width: number;
  height: number;
  /** Shown in the photo's box until the image arrives: `#rrggbb`. */
  colour: string;
  variants: PhotoVariant[];
}

const ENCODERS: Record<PhotoFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif(PHOTO_ENCODING.avif),
  webp: (image) => image.webp(PHOTO_ENCODING.webp),
  jpeg: (image) => image.jpeg(PHOTO_ENCODING.jpeg),
};

/** The widths to publish: each listed width below the photo's own, then the photo's own up to the largest. */
export function variantWidths(width: number): number[] {
  const largest = Math.max(...PHOTO_ENCODING.widths);
  const below = PHOTO_ENCODING.widths.filter((each) => each < Math.min(width, largest));
  return [...below, Math.min(width, largest)];
}

interface Pixels {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/**
 * The photo decoded once, upright, at the widest variant's size: every variant is made from
 * these pixels, so a 12,000×9,000 original is read once (JPEG shrinks while it decodes) and
 * memory holds at most 1,600 px of it. Transparency gets a white ground, as on paper.
 */
async function uprightPixels(image: Sharp, width: number): Promise<Pixels> {
  const widest = Math.min(width, Math.max(...PHOTO_ENCODING.widths));
  const { data, info } = await image
    .rotate()
    .resize({ width: widest })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
}

const fromPixels = ({ data, info }: Pixels) => sharp(data, { raw: info });

const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0');

/**
 * Reads, turns upright (EXIF orientation) and encodes a photo. sharp writes no metadata unless
 * asked to, so no GPS position or camera serial is published. Errors name the photo line.
 */
export async function encodePhoto(file: PhotoFile, place: PhotoPlace): Promise<EncodedPhoto> {
  const image = () =>
    sharp(file.bytes, { limitInputPixels: PHOTO_LIMITS.maxPixels, failOn: 'truncated', sequentialRead: true });
  // The header alone, without the pixel limit, so that a photo over it gets its own message below.
  const metadata = await sharp(file.bytes, { limitInputPixels: false })
    .metadata()
    .catch((error: Error) => {
      throw photoError(place, `not an image this build can read (JPEG, PNG, WebP, AVIF or HEIC): ${error.message}`);
    });
  if (!(PHOTO_FORMATS as readonly string[]).includes(metadata.format ?? '')) {
    throw photoError(place, `a ${metadata.format} image is no photo: use JPEG, PNG, WebP, AVIF or HEIC`);
  }
  // libvips as sharp ships it decodes AVIF but not HEVC, the codec of an iPhone's HEIC.
  if (metadata.compression === 'hevc') {
    throw photoError(place, 'this build cannot decode HEIC photos made with HEVC: export the photo as JPEG');
  }
  const { width, height } = metadata.autoOrient;
  if (width * height > PHOTO_LIMITS.maxPixels) {
    throw photoError(
      place,
      `the photo has ${width}×${height} pixels, more than ${PHOTO_LIMITS.maxPixels / 1e6} million`,
    );
  }
  if (Math.min(width, height) < PHOTO_LIMITS.minSide) {
    throw photoError(
      place,
      `the image is ${width}×${height} pixels: too small to be a photo (${PHOTO_LIMITS.minSide} a side at least)`,
    );
  }
  try {
    const upright = await uprightPixels(image(), width);
    const { dominant } = await fromPixels(upright).resize({ width: PHOTO_ENCODING.colourSample }).stats();
    const variants: PhotoVariant[] = [];
    for (const variantWidth of variantWidths(width)) {
      const resized = fromPixels(upright).resize({ width: variantWidth });
      for (const format of OUTPUT_FORMATS) {
        const { data, info } = await ENCODERS[format](resized.clone()).toBuffer({ resolveWithObject: true });
        variants.push({ format, width: info.width, height: info.height, bytes: new Uint8Array(data) });
      }
    }
    return { width, height, colour: `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`, variants };
  } catch (error) {
    throw photoError(place, `the photo is damaged or cut short: ${(error as Error).message}`);
  }
}
