/**
 * One article of a generated archive, in the page format: a title, sometimes a subtitle, every
 * byline form, photo news, paragraphs broken by the layout, and photo lines where its photos stand
 * (generate-photos.ts). The districts and themes cycle through the taxonomy.
 */
import type { Taxonomy } from '../../content/schema.ts';
import { articlePhotos, PHOTO_NEWS_SHARE, type PhotoPlanner, type PlacedPhoto } from './generate-photos.ts';
import type { CorpusPhoto } from './photo-spec.ts';
import type { Random } from './random.ts';

/** An article's text, and the photos it names. */
export interface ArticleText {
  text: string;
  photos: CorpusPhoto[];
}

/** Where an article stands, to name its photos after: `2016-01-04_01-3` is the third article of 第1版 of 4 January 2016. */
export interface ArticlePlace {
  planner: PhotoPlanner;
  name: string;
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

const photoLines = (photos: readonly PlacedPhoto[]) =>
  photos.flatMap(({ photo }) => ['', `![${photo.description}](${photo.file})`]);

/** The text blocks of the paragraphs, with each photo line before the paragraph it stands before. */
function bodyLines(random: Random, paragraphs: readonly string[], photos: readonly PlacedPhoto[]): string[] {
  return paragraphs.flatMap((text, index) => [
    ...photoLines(photos.filter(({ at }) => at === index)),
    ...layoutBlocks(random, text).flatMap((block) => ['', block]),
  ]);
}

/** The `index`th article (from 0) of an archive; with `place`, the photo lines of its photos, if it has any. */
export function generateArticle(random: Random, taxonomy: Taxonomy, index: number, place?: ArticlePlace): ArticleText {
  const district = taxonomy.districts[index % taxonomy.districts.length]?.name ?? '北京';
  const theme = taxonomy.themes[Math.floor(index / taxonomy.districts.length) % taxonomy.themes.length];
  const keyword = theme?.keywords[random.int(0, (theme.keywords.length || 1) - 1)]?.word ?? '工会';
  const topic = { district, keyword, organization: random.pick(ORGANIZATIONS) };
  const lines = [`## ${district}${topic.organization}开展${keyword}活动（${index + 1}）`];
  if (random.chance(0.3)) lines.push('', `### ${random.pick(PEOPLE)}${random.pick(RESULTS)}`);
  const photoNews = random.chance(PHOTO_NEWS_SHARE);
  const paragraphs = photoNews ? [photoCaption(random, topic)] : newsParagraphs(random, topic);
  const photos = place
    ? articlePhotos(place.planner, { photoNews, paragraphs: paragraphs.length, topic, name: place.name })
    : [];
  // The caption of photo news is never broken by the layout.
  const body = photoNews ? [...photoLines(photos), '', paragraphs[0] ?? ''] : bodyLines(random, paragraphs, photos);
  return { text: [...lines, ...body, ''].join('\n'), photos: photos.map(({ photo }) => photo) };
}

/** Photo news: one caption, ending in the photographer's credit. */
function photoCaption(random: Random, topic: Topic): string {
  const caption = `${random.pick(OPENINGS)}，${paragraph(random, topic)}`;
  const credit = random.chance(0.5) ? `本报记者 ${random.pick(REPORTERS)} 摄影报道` : `${random.pick(REPORTERS)} 摄`;
  return `${caption}${random.chance(0.5) ? '' : ' '}${credit}`;
}

function newsParagraphs(random: Random, topic: Topic): string[] {
  const paragraphs = Array.from({ length: random.int(2, 7) }, () => paragraph(random, topic));
  paragraphs[0] = `${byline(random)}${random.pick(OPENINGS)}，${paragraphs[0] ?? ''}`;
  return paragraphs;
}
