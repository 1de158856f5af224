/**
 * `npm run corpus -- --articles N --out DIR [--seed S] [--photos SHARE]`: writes a synthetic
 * archive of page files (see src/testing/corpus/generate-corpus.ts) and the photos its articles
 * name, in `DIR/photos/YYYY-MM/` (generate-photos.ts, render-photo.ts): JPEG, PNG, WebP and AVIF
 * of 800 px to 4032 × 3024, some stored turned with an EXIF orientation, some with a camera and GPS
 * tags. SHARE is the share of articles with photos, from 0 (text only) to 1; by default about one
 * in five, as in the paper. A build encodes each photo once (about a second), so pass a smaller
 * share for a quicker build. The same arguments give the same bytes.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PHOTO_SHARE } from '../src/testing/corpus/generate-photos.ts';
import { writeCorpus } from './bench-lib/write-corpus.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    photos: { type: 'string', default: String(DEFAULT_PHOTO_SHARE) },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
const photos = Number(values.photos);
if (
  !Number.isInteger(articles) ||
  articles < 1 ||
  !values.out ||
  !Number.isInteger(seed) ||
  !(photos >= 0 && photos <= 1)
) {
  process.stderr.write('usage: npm run corpus -- --articles N --out DIR [--seed S] [--photos SHARE (0 to 1)]\n');
  process.exit(2);
}
const started = performance.now();
const written = await writeCorpus({ articles, seed, dir: values.out, photos });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `${written.files} page files, ${articles} articles, ${written.photos} photos ` +
    `(${(written.photoBytes / 1e6).toFixed(1)} MB) in ${values.out}, in ${seconds} s\n`,
);
