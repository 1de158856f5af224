/**
 * A deterministic synthetic archive in the page format: dated pages (four a day, six days a week)
 * of generated articles (generate-article.ts), front matter on some files, and the photos that a
 * share of the articles name (generate-photos.ts). The same options give the same bytes.
 */
import type { Taxonomy } from '../../content/schema.ts';
import { type ArticleText, generateArticle } from './generate-article.ts';
import { createPhotoPlanner, type PhotoPlanner } from './generate-photos.ts';
import type { CorpusPhoto } from './photo-spec.ts';
import { createRandom, type Random } from './random.ts';

const PAGE_NAMES = ['要闻', '工会新闻', '职工生活', '文化周刊'];
const BANNERS = ['深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面', '奋进新征程 建功新时代', '凝心聚力 共建和谐'];

export interface CorpusOptions {
  articles: number;
  seed: number;
  taxonomy: Taxonomy;
  /** The share of articles with photos, 0 (the default: text only) to 1. The text is the same at any share, but for the photo lines. */
  photos?: number;
}

export interface CorpusFile {
  file: string;
  text: string;
  /** The photos its articles name, to be made next to it (render-photo.ts). */
  photos?: CorpusPhoto[];
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

interface PageSlot {
  date: string;
  page: number;
}

/** Four pages a day, Monday to Saturday, from 4 January 2016 on. */
function* pageSlots(): Generator<PageSlot> {
  const day = new Date(Date.UTC(2016, 0, 4));
  for (;;) {
    if (day.getUTCDay() !== 0) for (let page = 1; page <= 4; page += 1) yield { date: isoDate(day), page };
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

function pageText(
  random: Random,
  taxonomy: Taxonomy,
  { firstIndex, count, slot, planner }: { firstIndex: number; count: number; slot: PageSlot; planner: PhotoPlanner },
): ArticleText {
  const banner = slot.page === 1 && random.chance(0.6) ? `# ${random.pick(BANNERS)}\n\n` : '';
  const page = `${slot.date}_${String(slot.page).padStart(2, '0')}`;
  const articles = Array.from({ length: count }, (_, offset) =>
    generateArticle(random, taxonomy, firstIndex + offset, { planner, name: `${page}-${offset + 1}` }),
  );
  return {
    text: `${banner}${articles.map(({ text }) => text).join('\n')}`,
    photos: articles.flatMap(({ photos }) => photos),
  };
}

/**
 * Most files are named for their date and 版次 (2016-01-04_01.txt); some add a front-matter block
 * with the 版名, and some carry their date and 版次 only in front matter.
 */
function pageFile(random: Random, { date, page }: PageSlot, { text, photos }: ArticleText): CorpusFile {
  const name = PAGE_NAMES[(page - 1) % PAGE_NAMES.length] ?? '要闻';
  const roll = random.int(1, 10);
  const withPhotos = photos.length > 0 ? { photos } : {};
  if (roll === 1)
    return {
      file: `edition-${date}-p${page}.txt`,
      text: `---\ndate: ${date}\npage: ${page}\nname: ${name}\n---\n\n${text}`,
      ...withPhotos,
    };
  const file = `${date}_${String(page).padStart(2, '0')}.txt`;
  return { file, text: roll <= 4 ? `---\nname: ${name}\n---\n\n${text}` : text, ...withPhotos };
}

export function generateCorpus({ articles, seed, taxonomy, photos = 0 }: CorpusOptions): CorpusFile[] {
  const random = createRandom(seed);
  const planner = createPhotoPlanner(seed, photos);
  const files: CorpusFile[] = [];
  const slots = pageSlots();
  for (let made = 0; made < articles; ) {
    const slot = slots.next().value ?? { date: '', page: 0 };
    const count = Math.min(random.int(6, 10), articles - made);
    files.push(pageFile(random, slot, pageText(random, taxonomy, { firstIndex: made, count, slot, planner })));
    made += count;
  }
  return files;
}

/** One page of about `bytes` bytes (UTF-8): as many generated articles as fit. */
export function generateLargePage({
  bytes,
  seed,
  taxonomy,
}: {
  bytes: number;
  seed: number;
  taxonomy: Taxonomy;
}): string {
  const random = createRandom(seed);
  const articles: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 1) {
    const { text } = generateArticle(random, taxonomy, index);
    articles.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return articles.join('\n');
}
