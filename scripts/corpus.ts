/**
 * `npm run corpus -- --articles N --out DIR [--seed S]`: writes a synthetic archive of page files
 * (see src/testing/corpus/generate-corpus.ts). The same arguments give the same bytes.
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from './bench-lib/write-corpus.ts';

const { values } = parseArgs({
  options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !values.out || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run corpus -- --articles N --out DIR [--seed S]\n');
  process.exit(2);
}
const { files } = writeCorpus({ articles, seed, dir: values.out });
process.stdout.write(`${files} page files, ${articles} articles in ${values.out}\n`);
