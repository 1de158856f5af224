/**
 * `tsx src/photos/encode-photo.cli.ts <pages folder> <photo path>`: encodes one photo as the build
 * does and prints its size, its variants' bytes and the process's peak memory, as JSON. The
 * memory test runs it in a process of its own; an editor can try a photo with it.
 */
import { encodePhoto } from './encode-photo.ts';
import { readPhotoFile } from './photo-file.ts';

const [pagesDir, photoPath] = process.argv.slice(2);
if (!pagesDir || !photoPath) {
  process.stderr.write('usage: tsx src/photos/encode-photo.cli.ts <pages folder> <photo path>\n');
  process.exit(2);
}
const place = { pageFile: '(command line)', photo: { path: photoPath, line: 1 } };
const photo = await encodePhoto(await readPhotoFile(pagesDir, place), place);
const peakMemoryMb = process.resourceUsage().maxRSS / 1024;
const variantBytes = photo.variants.reduce((sum, variant) => sum + variant.bytes.byteLength, 0);
process.stdout.write(`${JSON.stringify({ width: photo.width, height: photo.height, variantBytes, peakMemoryMb })}\n`);
