import { articleId, pageIdFromFile } from './article-id.ts';
import { extractLeadByline, extractPhotoCredit } from './byline.ts';
import { classifyDistricts, classifyThemes } from './classify.ts';
import { ContentError } from './content-error.ts';
import { decodeUtf8 } from './decode.ts';
import { applyOverrides, type OverridesFile } from './overrides.ts';
import { joinBrokenBlocks } from './paragraphs.ts';
import { parsePage, type SourceArticle } from './parse-page.ts';
import { normalizePunctuation } from './punctuation.ts';
import { articleSchema, type Article, type Credit, type Taxonomy } from './schema.ts';

export interface PageFile {
  /** File name inside the pages folder; becomes `source.file` and the page id. */
  file: string;
  bytes: Uint8Array;
  /** How error messages name the file (e.g. with its folder); the file name if absent. */
  path?: string;
}

const CHARS_PER_MINUTE = 400;

interface Body {
  kind: Article['kind'];
  dateline?: string;
  credits: Credit[];
  paragraphs: string[];
}

/** Takes the byline out of the lead, or the photographers out of a photo caption. */
function splitCredits(paragraphs: readonly string[]): Body {
  const [lead = '', ...others] = paragraphs;
  const byline = extractLeadByline(lead);
  if (byline) {
    const body: Body = { kind: 'news', credits: byline.credits, paragraphs: [byline.rest, ...others] };
    return byline.dateline === undefined ? body : { ...body, dateline: byline.dateline };
  }
  const photo = extractPhotoCredit(paragraphs.at(-1) ?? '');
  if (photo) return { kind: 'photo', credits: photo.credits, paragraphs: [...paragraphs.slice(0, -1), photo.rest] };
  return { kind: 'news', credits: [], paragraphs: [...paragraphs] };
}

function countChars(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + [...paragraph.replace(/\s/gu, '')].length, 0);
}

interface PageContext {
  file: string;
  path: string;
  pageId: string;
  banner?: string;
  taxonomy: Taxonomy;
}

function buildArticle(source: SourceArticle, order: number, id: string, page: PageContext): Article {
  const title = normalizePunctuation(source.title.text);
  const subtitle = source.subtitle && normalizePunctuation(source.subtitle.text);
  const body = splitCredits(joinBrokenBlocks(source.blocks).map(normalizePunctuation));
  const paragraphs = body.paragraphs.filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0) throw new ContentError(page.path, source.title.line, 'article has no text besides its byline');
  const classifiable = { title, subtitle, paragraphs };
  const chars = countChars(paragraphs);
  return {
    id,
    source: { file: page.file, line: source.title.line },
    page: page.banner === undefined ? { id: page.pageId } : { id: page.pageId, banner: page.banner },
    order,
    title,
    ...(subtitle === undefined ? {} : { subtitle }),
    kind: body.kind,
    ...(body.dateline === undefined ? {} : { dateline: body.dateline }),
    credits: body.credits,
    paragraphs,
    districts: classifyDistricts(classifiable, page.taxonomy.districts),
    themes: classifyThemes(classifiable, page.taxonomy),
    chars,
    readingMinutes: Math.max(1, Math.ceil(chars / CHARS_PER_MINUTE)),
  };
}

/** Counts how often each key was seen so far: same-titled articles on a page get -2, -3 … */
function occurrenceCounter(): (key: string) => number {
  const seen = new Map<string, number>();
  return (key) => {
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return occurrence;
  };
}

function buildPage(page: PageFile, taxonomy: Taxonomy): Article[] {
  const path = page.path ?? page.file;
  const source = parsePage(decodeUtf8(page.bytes, path), path);
  const pageId = pageIdFromFile(page.file);
  if (!/[a-z0-9]/u.test(pageId)) throw new ContentError(path, 1, 'file name needs Latin letters or digits to form a page id');
  const banner = source.banner && normalizePunctuation(source.banner.text);
  const context: PageContext = { file: page.file, path, pageId, banner, taxonomy };
  const occurrenceOf = occurrenceCounter();
  return source.articles.map((article, order) => {
    const title = normalizePunctuation(article.title.text);
    return buildArticle(article, order, articleId(pageId, title, occurrenceOf(title)), context);
  });
}

function checkUniqueIds(articles: readonly Article[], pathOf: (file: string) => string): void {
  const first = new Map<string, Article>();
  for (const article of articles) {
    const earlier = first.get(article.id);
    if (earlier) {
      const where = `${pathOf(earlier.source.file)}:${earlier.source.line}`;
      throw new ContentError(pathOf(article.source.file), article.source.line, `duplicate article id "${article.id}" (also ${where})`);
    }
    first.set(article.id, article);
  }
}

/** Every page's articles, in the order given, classified, overridden and validated. */
export function buildArticles(pages: readonly PageFile[], taxonomy: Taxonomy, overrides?: OverridesFile): Article[] {
  const articles = pages.flatMap((page) => buildPage(page, taxonomy));
  const paths = new Map(pages.map((page) => [page.file, page.path ?? page.file]));
  checkUniqueIds(articles, (file) => paths.get(file) ?? file);
  const final = overrides ? applyOverrides(articles, overrides, taxonomy) : articles;
  return final.map((article) => articleSchema.parse(article));
}
