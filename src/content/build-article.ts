import { extractLeadByline, extractPhotoCredit } from './byline.ts';
import { classifyDistricts, classifyThemes } from './classify.ts';
import { ContentError } from './content-error.ts';
import { paragraphsAroundPhotos } from './paragraphs.ts';
import type { SourceArticle } from './parse-page.ts';
import { normalizePunctuation } from './punctuation.ts';
import type { Article, ArticlePhoto, Credit, EditionPageRef, Taxonomy } from './schema.ts';

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

export interface PageContext {
  file: string;
  path: string;
  page: EditionPageRef;
  taxonomy: Taxonomy;
}

/** One article of a page: credits set aside, punctuation normalized, classified. */
export function buildArticle(source: SourceArticle, order: number, id: string, page: PageContext): Article {
  const title = normalizePunctuation(source.title.text);
  const subtitle = source.subtitle && normalizePunctuation(source.subtitle.text);
  const joined = paragraphsAroundPhotos(source.blocks, source.photos);
  const body = splitCredits(joined.paragraphs.map(normalizePunctuation));
  const paragraphs = body.paragraphs.filter((paragraph) => paragraph !== '');
  // A byline alone in its block leaves an empty paragraph; the photos after it move up with the text.
  const kept = (upTo: number) => body.paragraphs.slice(0, upTo).filter((paragraph) => paragraph !== '').length;
  const photos: ArticlePhoto[] = source.photos.map(({ description, path, line }, index) => ({
    description: normalizePunctuation(description),
    path,
    line,
    at: kept(joined.photosAt[index] ?? paragraphs.length),
  }));
  if (paragraphs.length === 0)
    throw new ContentError(page.path, source.title.line, 'article has no text besides its byline');
  const classifiable = { title, subtitle, paragraphs };
  const chars = countChars(paragraphs);
  return {
    id,
    source: { file: page.file, line: source.title.line },
    page: page.page,
    order,
    title,
    ...(subtitle === undefined ? {} : { subtitle }),
    kind: body.kind,
    ...(body.dateline === undefined ? {} : { dateline: body.dateline }),
    credits: body.credits,
    paragraphs,
    ...(photos.length === 0 ? {} : { photos }),
    districts: classifyDistricts(classifiable, page.taxonomy.districts),
    themes: classifyThemes(classifiable, page.taxonomy),
    chars,
    readingMinutes: Math.max(1, Math.ceil(chars / CHARS_PER_MINUTE)),
  };
}
