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
  const image = new Image();
  image.src = `data:${type};base64,${base64}`;
  try {
    await image.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The format a photo's `<picture>` shows in this browser: the first of its sources the browser
 * decodes. Found by decoding a tiny `data:` image (the site's security policy allows them), with
 * `decode()`, which decodes off the main thread and needs nothing on screen. createImageBitmap
 * did it too, but its first call held the main thread for about 15 ms (AVIF) and 9 ms (WebP)
 * here, right after hydration, on every page with a save-edition box.
 */
export async function detectPictureFormat(): Promise<PhotoFormat> {
  if (typeof Image !== 'function' || !('decode' in Image.prototype)) return 'jpeg';
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
