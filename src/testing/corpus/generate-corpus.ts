/**
 * A deterministic synthetic archive in the page format: dated pages (four a day, six days a week),
 * every district and theme, every byline form, photo news, paragraphs broken by the layout,
 * front matter on some files.
 * The same options give the same bytes.
 */
import type { Taxonomy } from '../../content/schema.ts';
import { createRandom, type Random } from './random.ts';

export interface CorpusOptions {
  articles: number;
  seed: number;
  taxonomy: Taxonomy;
}

export interface CorpusFile {
  file: string;
  text: string;
}

const ORGANIZATIONS = [
  '总工会',
  '街道工会',
  '公交集团工会',
  '住总集团工会',
  '地铁运营公司工会',
  '中医院工会',
  '供电公司工会',
  '建工集团工会',
  '环卫中心工会',
  '邮政分公司工会',
];
const REPORTERS = ['陈曦', '马超', '赵思远', '张晶', '边磊', '崔欣', '刘英', '王芳', '欧阳明月', '孙悦'];
const OPENINGS = ['近日', '日前', '3月5日', '本周', '连日来'];
const CONNECTIVES = ['活动中', '会上', '据介绍', '下一步', '与此同时', '活动现场'];
const PEOPLE = ['职工', '一线职工', '女职工', '快递小哥', '医护人员', '工会干部', '劳动模范', '新就业形态劳动者'];
const ACTIONS = ['参加了培训', '交流了经验', '分享了心得', '领取了慰问品', '观看了演出', '参观了展览', '提出了建议'];
const RESULTS = ['受到广泛欢迎', '取得良好效果', '进一步增强了凝聚力', '营造了浓厚氛围', '切实解决了实际困难'];
const PAGE_NAMES = ['要闻', '工会新闻', '职工生活', '文化周刊'];
const BANNERS = ['深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面', '奋进新征程 建功新时代', '凝心聚力 共建和谐'];

interface Topic {
  district: string;
  keyword: string;
  organization: string;
}

function sentence(random: Random, topic: Topic): string {
  const people = random.pick(PEOPLE);
  const parts = [
    `${random.pick(CONNECTIVES)}，${topic.district}${topic.organization}组织${people}开展${topic.keyword}活动`,
    `${random.int(20, 900)}名${people}${random.pick(ACTIONS)}`,
    random.pick(RESULTS),
  ];
  return `${parts.slice(0, random.int(2, 3)).join('，')}${random.pick(['。', '。', '。', '！', '；'])}`;
}

function paragraph(random: Random, topic: Topic): string {
  return Array.from({ length: random.int(2, 5) }, () => sentence(random, topic)).join('');
}

/** Page layout breaks a long paragraph mid-sentence, even mid-word, across a blank line. */
function layoutBlocks(random: Random, text: string): string[] {
  if (text.length < 40 || !random.chance(0.25)) return [text];
  const cut = random.int(10, text.length - 10);
  const [head, tail] = [text.slice(0, cut), text.slice(cut)];
  // A cut right after a sentence end would read as two paragraphs; move it off the mark.
  return /[。！？；：]$/u.test(head) ? [text] : [head, tail];
}

function byline(random: Random): string {
  const reporter = random.pick(REPORTERS);
  const other = random.pick(REPORTERS);
  return random.pick([
    `本报讯 (记者 ${reporter}) `,
    `本报讯（记者 ${reporter} 通讯员 ${other}）`,
    `本报北京${random.int(1, 12)}月${random.int(1, 28)}日电（特约记者 ${reporter}）`,
    `本报讯（实习生 ${reporter}、${other}）`,
    '本报讯 ',
    '',
  ]);
}

function article(random: Random, taxonomy: Taxonomy, index: number): string {
  const district = taxonomy.districts[index % taxonomy.districts.length]?.name ?? '北京';
  const theme = taxonomy.themes[Math.floor(index / taxonomy.districts.length) % taxonomy.themes.length];
  const keyword = theme?.keywords[random.int(0, (theme.keywords.length || 1) - 1)]?.word ?? '工会';
  const topic = { district, keyword, organization: random.pick(ORGANIZATIONS) };
  const lines = [`## ${district}${topic.organization}开展${keyword}活动（${index + 1}）`];
  if (random.chance(0.3)) lines.push('', `### ${random.pick(PEOPLE)}${random.pick(RESULTS)}`);
  if (random.chance(0.12)) {
    const caption = `${random.pick(OPENINGS)}，${paragraph(random, topic)}`;
    const credit = random.chance(0.5) ? `本报记者 ${random.pick(REPORTERS)} 摄影报道` : `${random.pick(REPORTERS)} 摄`;
    return [...lines, '', `${caption}${random.chance(0.5) ? '' : ' '}${credit}`, ''].join('\n');
  }
  const paragraphs = Array.from({ length: random.int(2, 7) }, () => paragraph(random, topic));
  paragraphs[0] = `${byline(random)}${random.pick(OPENINGS)}，${paragraphs[0] ?? ''}`;
  for (const text of paragraphs) for (const block of layoutBlocks(random, text)) lines.push('', block);
  return [...lines, ''].join('\n');
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Four pages a day, Monday to Saturday, from 4 January 2016 on. */
function* pageSlots(): Generator<{ date: string; page: number }> {
  const day = new Date(Date.UTC(2016, 0, 4));
  for (;;) {
    if (day.getUTCDay() !== 0) for (let page = 1; page <= 4; page += 1) yield { date: isoDate(day), page };
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

function pageText(random: Random, taxonomy: Taxonomy, firstIndex: number, count: number, page: number): string {
  const banner = page === 1 && random.chance(0.6) ? `# ${random.pick(BANNERS)}\n\n` : '';
  const articles = Array.from({ length: count }, (_, offset) => article(random, taxonomy, firstIndex + offset));
  return `${banner}${articles.join('\n')}`;
}

/**
 * Most files are named for their date and 版次 (2016-01-04_01.txt); some add a front-matter block
 * with the 版名, and some carry their date and 版次 only in front matter.
 */
function pageFile(random: Random, date: string, page: number, text: string): CorpusFile {
  const name = PAGE_NAMES[(page - 1) % PAGE_NAMES.length] ?? '要闻';
  const roll = random.int(1, 10);
  if (roll === 1)
    return {
      file: `edition-${date}-p${page}.txt`,
      text: `---\ndate: ${date}\npage: ${page}\nname: ${name}\n---\n\n${text}`,
    };
  const file = `${date}_${String(page).padStart(2, '0')}.txt`;
  return roll <= 4 ? { file, text: `---\nname: ${name}\n---\n\n${text}` } : { file, text };
}

export function generateCorpus({ articles, seed, taxonomy }: CorpusOptions): CorpusFile[] {
  const random = createRandom(seed);
  const files: CorpusFile[] = [];
  const slots = pageSlots();
  for (let made = 0; made < articles; ) {
    const { date, page } = slots.next().value ?? { date: '', page: 0 };
    const count = Math.min(random.int(6, 10), articles - made);
    files.push(pageFile(random, date, page, pageText(random, taxonomy, made, count, page)));
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
    const text = article(random, taxonomy, index);
    articles.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return articles.join('\n');
}
