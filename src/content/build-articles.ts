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

const pathOf = (page: PageFile): string => page.path ?? page.file;

/** Each page's id; two files that map to one id (Page.txt and page.txt, a b.txt and a-b.txt) are an error. */
function withPageIds(pages: readonly PageFile[]): { page: PageFile; pageId: string }[] {
  const firstWithId = new Map<string, PageFile>();
  return pages.map((page) => {
    const pageId = pageIdFromFile(page.file);
    if (!/[a-z0-9]/u.test(pageId)) throw new ContentError(pathOf(page), undefined, 'file name has no letters or digits to form a page id');
    const earlier = firstWithId.get(pageId);
    if (earlier) {
      throw new ContentError(pathOf(page), undefined, `gives the same page id "${pageId}" as ${pathOf(earlier)}: rename one of them`);
    }
    firstWithId.set(pageId, page);
    return { page, pageId };
  });
}

function buildPage(page: PageFile, pageId: string, taxonomy: Taxonomy): Article[] {
  const path = pathOf(page);
  const source = parsePage(decodeUtf8(page.bytes, path), path);
  const banner = source.banner && normalizePunctuation(source.banner.text);
  const context: PageContext = { file: page.file, path, pageId, banner, taxonomy };
  const occurrenceOf = occurrenceCounter();
  return source.articles.map((article, order) => {
    const title = normalizePunctuation(article.title.text);
    return buildArticle(article, order, articleId(pageId, title, occurrenceOf(title)), context);
  });
}

/** Every page's articles, in the order given, classified, overridden and validated. */
export function buildArticles(pages: readonly PageFile[], taxonomy: Taxonomy, overrides?: OverridesFile): Article[] {
  // Page ids are unique and titles are numbered within a page, so article ids are unique too.
  const articles = withPageIds(pages).flatMap(({ page, pageId }) => buildPage(page, pageId, taxonomy));
  const final = overrides ? applyOverrides(articles, overrides, taxonomy) : articles;
  return final.map((article) => articleSchema.parse(article));
}
