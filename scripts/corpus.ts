/**
 * `npm run corpus -- --articles N --out DIR [--seed S]`: writes a synthetic archive of page files
 * (see scripts/corpus/generate-corpus.ts). The same arguments give the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTaxonomy } from '../src/content/taxonomy.ts';
import { generateCorpus } from '../src/testing/corpus/generate-corpus.ts';

const TAXONOMY = new URL('../content/taxonomy.json', import.meta.url);

const { values } = parseArgs({
  options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !values.out || !Number.isInteger(seed)) {
  process.stderr.write('usage: npm run corpus -- --articles N --out DIR [--seed S]\n');
  process.exit(2);
}
const taxonomy = parseTaxonomy(readFileSync(TAXONOMY, 'utf8'), 'content/taxonomy.json');
const files = generateCorpus({ articles, seed, taxonomy });
mkdirSync(values.out, { recursive: true });
for (const { file, text } of files) writeFileSync(join(values.out, file), text);
process.stdout.write(`${files.length} page files, ${articles} articles in ${values.out}\n`);
