import type { PhotoFormat } from '../photos/photo-settings';

/**
 * A 1×1 AVIF and WebP, encoded as the build encodes photos (sharp, lossy), in the order a photo's
 * `<picture>` offers its sources; JPEG, the last, every browser shows.
 */
export const FORMAT_PROBES: readonly { format: PhotoFormat; type: string; base64: string }[] = [
  {
    format: 'avif',
    type: 'image/avif',
    base64:
      'AAAAHGZ0eXBhdmlmAAAAAG1pZjFhdmlmbWlhZgAAANZtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAACJpbG9jAAAAAERAAAEAAQAAAAAA+gABAAAAAAAAABwAAAAjaWluZgAAAAAAAQAAABVpbmZlAgAAAAABAABhdjAxAAAAAA5waXRtAAAAAAABAAAAVmlwcnAAAAA4aXBjbwAAAAxhdjFDgSACAAAAABRpc3BlAAAAAAAAAAEAAAABAAAAEHBpeGkAAAAAAwgICAAAABZpcG1hAAAAAAAAAAEAAQOBAgMAAAAkbWRhdBIACgc4AAaQENBpMg8ZQmMEw88880EgAJBAzeg=',
  },
  { format: 'webp', type: 'image/webp', base64: 'UklGRiQAAABXRUJQVlA4IBgAAABQAQCdASoBAAEADMDOJaQABHQAAAAAAAA=' },
];

async function decodes(type: string, base64: string): Promise<boolean> {
  try {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type }));
    bitmap.close();
    return true;
  } catch {
    return false;
  }
}

/**
 * The format a photo's `<picture>` shows in this browser: the first of its sources the browser
 * decodes. Found by decoding a tiny file from memory rather than by loading an image: nothing has
 * to be on screen, and a Blob given to createImageBitmap is no image load (the site's security
 * policy, which allows images from the site and data: URLs only, has no say over it).
 */
export async function detectPictureFormat(): Promise<PhotoFormat> {
  if (typeof createImageBitmap !== 'function') return 'jpeg';
  for (const probe of FORMAT_PROBES) {
    if (await decodes(probe.type, probe.base64)) return probe.format;
  }
  return 'jpeg';
}

let detected: Promise<PhotoFormat> | undefined;

/** The same, found once a visit. */
export const pictureFormat = (): Promise<PhotoFormat> => {
  detected ??= detectPictureFormat();
  return detected;
};
