/**
 * Which articles of a generated archive carry photos, where in them, and what each shows (its alt
 * text). Pure and seeded like the text; photo-spec.ts says how each file is stored, and
 * render-photo.ts makes its bytes.
 */
import { type CorpusPhoto, randomPhoto } from './photo-spec.ts';
import { createRandom, type Random } from './random.ts';

/** About one article in five carries photos, as in the paper. */
export const DEFAULT_PHOTO_SHARE = 0.2;
/** The share of articles that are photo news (图片新闻): each gets its photo first. */
export const PHOTO_NEWS_SHARE = 0.12;

/** What the article is about, for the alt text. */
export interface PhotoTopic {
  district: string;
  keyword: string;
  organization: string;
}

/** Who the photos show. */
const SUBJECTS = ['职工', '一线职工', '女职工', '劳动模范', '医护人员', '快递小哥', '工会干部'];

function description(random: Random, { district, keyword, organization }: PhotoTopic): string {
  const people = random.pick(SUBJECTS);
  return random.pick([
    `${people}在${keyword}活动现场合影`,
    `${district}${organization}${keyword}活动现场`,
    `${people}参加${keyword}活动`,
    `${organization}为${people}送上慰问品`,
    `${people}在活动中交流经验`,
    `${people}在培训课上认真听讲`,
    `${organization}负责人为获奖${people}颁奖`,
    `活动现场，${people}认真聆听讲解`,
  ]);
}

/** Decides the photos article by article, from a stream of its own: the text is the same at any share. */
export interface PhotoPlanner {
  random: Random;
  /** Chances that photo news and other articles carry photos, so that `share` of all articles do. */
  news: number;
  other: number;
}

export function createPhotoPlanner(seed: number, share: number): PhotoPlanner {
  return {
    random: createRandom((seed + 0x9e3779b9) >>> 0),
    news: Math.min(1, share / PHOTO_NEWS_SHARE),
    other: Math.max(0, (share - PHOTO_NEWS_SHARE) / (1 - PHOTO_NEWS_SHARE)),
  };
}

/** A photo, and how many paragraphs of its article come before it (0: the lead photo). */
export interface PlacedPhoto {
  at: number;
  photo: CorpusPhoto;
}

/** Which paragraphs photos stand before: mostly the lead alone; a few articles have two or three. */
function places(random: Random, paragraphs: number): number[] {
  const between = Array.from({ length: paragraphs - 1 }, (_, index) => index + 1);
  const lead = between.length === 0 || random.chance(0.85);
  const count = Math.min(random.pick([1, 1, 1, 1, 1, 1, 2, 2, 3]), between.length + (lead ? 1 : 0));
  const chosen = new Set<number>(lead ? [0] : []);
  while (chosen.size < count) chosen.add(random.pick(between));
  return [...chosen].sort((a, b) => a - b);
}

/**
 * The photos of one article, named after `name` (its 版面's date and 版次 and its place on it:
 * `2016-01-04_01-3`). Photo news gets its photo before the caption; other articles a lead photo,
 * and a few more between paragraphs.
 */
export function articlePhotos(
  planner: PhotoPlanner,
  article: { photoNews: boolean; paragraphs: number; topic: PhotoTopic; name: string },
): PlacedPhoto[] {
  const { random } = planner;
  if (!random.chance(article.photoNews ? planner.news : planner.other)) return [];
  const at = article.photoNews ? [0] : places(random, article.paragraphs);
  const folder = `photos/${article.name.slice(0, 7)}`;
  return at.map((paragraphs, index) => ({
    at: paragraphs,
    photo: randomPhoto(random, `${folder}/${article.name}-${index + 1}`, description(random, article.topic)),
  }));
}
