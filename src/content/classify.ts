import type { District, Taxonomy, Theme } from './schema.ts';

/** A headline hit says more about what an article is about than a passing mention in the body. */
const HEADLINE_WEIGHT = 3;
/** Long reports repeat words; beyond a few hits a keyword adds nothing. */
const BODY_HITS_CAP = 3;
/** A second or third theme must be a real strand of the article, not a passing mention. */
const SECONDARY_SHARE_OF_TOP = 0.5;
const SECONDARY_MIN_SCORE = 6;
const MAX_THEMES = 3;

export interface ClassifiableArticle {
  title: string;
  subtitle?: string;
  /** Body paragraphs; the first is the lead. */
  paragraphs: readonly string[];
}

function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) found.push(at);
  return found;
}

/**
 * Where the district is first named, ignoring longer words that contain an alias but mean
 * something else: those are masked with characters no alias holds, keeping every position.
 */
function firstMention(text: string, district: District): number | undefined {
  const masked = (district.blockingContexts ?? []).reduce(
    (masking, context) => masking.replaceAll(context, '\u0000'.repeat(context.length)),
    text,
  );
  let first: number | undefined;
  for (const alias of district.aliases) {
    const at = masked.indexOf(alias);
    if (at !== -1 && (first === undefined || at < first)) first = at;
  }
  return first;
}

/**
 * Districts named in the title, subtitle or lead, by first appearance. Later paragraphs are left
 * out on purpose: a venue visited in the body does not make the story that district's news.
 */
export function classifyDistricts(article: ClassifiableArticle, districts: readonly District[]): string[] {
  const text = [article.title, article.subtitle ?? '', article.paragraphs[0] ?? ''].join('\n');
  return districts
    .map((district) => ({ slug: district.slug, at: firstMention(text, district) }))
    .filter((mention): mention is { slug: string; at: number } => mention.at !== undefined)
    .sort((a, b) => a.at - b.at)
    .map((mention) => mention.slug);
}

/** Hits per keyword, longest keyword first so 大国工匠 is not counted again as 工匠. */
function keywordHits(text: string, theme: Theme): Map<string, number> {
  const hits = new Map<string, number>();
  let remaining = text;
  const longestFirst = [...theme.keywords].sort((a, b) => b.word.length - a.word.length);
  for (const { word } of longestFirst) {
    const count = occurrences(remaining, word).length;
    if (count > 0) hits.set(word, count);
    remaining = remaining.split(word).join('\u0000');
  }
  return hits;
}

interface ThemeScore {
  slug: string;
  headline: number;
  total: number;
}

function scoreTheme(article: ClassifiableArticle, theme: Theme): ThemeScore {
  const headlineHits = keywordHits([article.title, article.subtitle ?? ''].join('\n'), theme);
  const bodyHits = keywordHits(article.paragraphs.join('\n'), theme);
  let headline = 0;
  let body = 0;
  for (const { word, weight } of theme.keywords) {
    headline += weight * HEADLINE_WEIGHT * (headlineHits.get(word) ?? 0);
    body += weight * Math.min(bodyHits.get(word) ?? 0, BODY_HITS_CAP);
  }
  return { slug: theme.slug, headline, total: headline + body };
}

/**
 * The leading theme is the best-scoring one the headline names (editors headline what a story is
 * about), else the best overall; up to two others join if they score nearly as well. Articles
 * nothing matches get the fallback theme.
 */
export function classifyThemes(article: ClassifiableArticle, taxonomy: Taxonomy): string[] {
  const ranked = taxonomy.themes
    .map((theme) => scoreTheme(article, theme))
    .filter((score) => score.total > 0)
    .sort((a, b) => b.total - a.total);
  const top = ranked.find((score) => score.headline > 0) ?? ranked[0];
  if (!top) return [taxonomy.fallbackTheme];
  const secondaries = ranked.filter(
    (score) => score !== top && score.total >= SECONDARY_MIN_SCORE && score.total >= top.total * SECONDARY_SHARE_OF_TOP,
  );
  return [top, ...secondaries].slice(0, MAX_THEMES).map((score) => score.slug);
}
