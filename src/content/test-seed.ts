/** The first page of the paper, as the tests of the pipeline read it, and what they expect of it. */
import { readFileSync } from 'node:fs';
import type { PageFile } from './build-page.ts';

export const SEED_FILE = '000_dc19f9187db1d5f4.txt';

export const seedPage: PageFile = {
  file: SEED_FILE,
  bytes: readFileSync(new URL(`../../content/pages/${SEED_FILE}`, import.meta.url)),
};

export const seedText = new TextDecoder().decode(seedPage.bytes);

/** The seed's eight articles' subtitles: the first two have one. */
export const SEED_SUBTITLES = [
  '进一步发挥工会在“产改”中牵头协调推动作用',
  '中建电力龙川核电基地管理中心为产业工人赋能',
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
];
