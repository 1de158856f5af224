import { ContentError } from './content-error.ts';
import { readPhotoLine, type SourcePhoto } from './photo-line.ts';
import { splitLines, trimInvisible } from './text-rules.ts';

/** A run of non-blank lines, trimmed and joined: layout wrapped them, not the author. */
export interface SourceBlock {
  text: string;
  line: number;
}

export interface SourceHeading {
  text: string;
  line: number;
}

/** A photo, and how many of its article's blocks come before it. */
export interface PlacedPhoto extends SourcePhoto {
  afterBlocks: number;
}

export interface SourceArticle {
  title: SourceHeading;
  subtitle?: SourceHeading;
  blocks: SourceBlock[];
  /** In the order they stand; a photo also ends the block before it (text never joins across one). */
  photos: PlacedPhoto[];
}

export interface SourcePage {
  banner?: SourceHeading;
  articles: SourceArticle[];
}

interface Blank {
  kind: 'blank';
  line: number;
}

interface Heading {
  kind: 'heading';
  level: number;
  text: string;
  line: number;
  /** `##标题`: meant as a heading, but the space after the #s is missing. */
  glued: boolean;
}

interface TextLine {
  kind: 'text';
  text: string;
  line: number;
}

type PhotoLine = SourcePhoto & { kind: 'photo' };

type Line = Blank | Heading | TextLine | PhotoLine;
type Item = Blank | Heading | PhotoLine | (SourceBlock & { kind: 'block' });

/**
 * #s then a space (or an invisible character): a heading. A lone # glued to text is a hashtag
 * (#话题#) and stays text.
 */
const HEADING = /^(#+)(?:[\s\p{Cf}]+(.*))?$/u;
const GLUED_HEADING = /^(#{2,})([^#\s\p{Cf}].*)$/u;

/** Invisible characters around a line never hide what it is: `\u200b## 标题` is a heading. */
function classifyLine(raw: string, index: number, file: string): Line {
  const line = index + 1;
  const text = trimInvisible(raw);
  if (text === '') return { kind: 'blank', line };
  const photo = readPhotoLine(text, file, line);
  if (photo) return { kind: 'photo', ...photo };
  const heading = HEADING.exec(text);
  const glued = heading === null ? GLUED_HEADING.exec(text) : null;
  const match = heading ?? glued;
  if (match) {
    const level = match[1]?.length ?? 0;
    return { kind: 'heading', level, text: trimInvisible(match[2] ?? ''), line, glued: glued !== null };
  }
  return { kind: 'text', text, line };
}

/** Consecutive text lines become one block; blank lines, headings and photos end it. */
function groupBlocks(lines: readonly Line[]): Item[] {
  const items: Item[] = [];
  for (const line of lines) {
    const previous = items.at(-1);
    if (line.kind !== 'text') items.push(line);
    else if (previous?.kind === 'block') previous.text += line.text;
    else items.push({ kind: 'block', text: line.text, line: line.line });
  }
  return items;
}

function addBlock(page: SourcePage, block: SourceBlock, file: string): void {
  const current = page.articles.at(-1);
  if (!current) throw new ContentError(file, block.line, 'text outside any article (start an article with "## title")');
  current.blocks.push({ text: block.text, line: block.line });
}

function addPhoto(page: SourcePage, { kind: _kind, ...photo }: PhotoLine, file: string): void {
  const current = page.articles.at(-1);
  if (!current)
    throw new ContentError(file, photo.line, 'photo outside any article (start an article with "## title")');
  current.photos.push({ ...photo, afterBlocks: current.blocks.length });
}

function requireBody(article: SourceArticle | undefined, file: string): void {
  if (article && article.blocks.length === 0) throw new ContentError(file, article.title.line, 'article has no body');
}

function addHeading(page: SourcePage, heading: Heading, file: string): void {
  if (heading.glued) throw new ContentError(file, heading.line, 'put a space after the #s of a heading');
  if (heading.text === '') throw new ContentError(file, heading.line, 'heading has no text');
  const current = page.articles.at(-1);
  const source = { text: heading.text, line: heading.line };
  switch (heading.level) {
    case 1:
      if (current) throw new ContentError(file, heading.line, 'banner ("# ") must come before the first article');
      if (page.banner)
        throw new ContentError(file, heading.line, `second banner (the first is on line ${page.banner.line})`);
      page.banner = source;
      return;
    case 2:
      requireBody(current, file);
      page.articles.push({ title: source, blocks: [], photos: [] });
      return;
    case 3:
      // Only blank lines may stand between a title and its subtitle.
      if (!current || current.subtitle || current.blocks.length > 0 || current.photos.length > 0) {
        throw new ContentError(file, heading.line, 'subtitle ("### ") must directly follow an article title ("## ")');
      }
      current.subtitle = source;
      return;
    default:
      throw new ContentError(file, heading.line, `heading level ${heading.level} is not supported (use #, ## or ###)`);
  }
}

/** Splits a page into its banner and articles, rejecting anything that would lose text. */
export function parsePage(text: string, file: string): SourcePage {
  const lines = splitLines(text).map((raw, index) => classifyLine(raw, index, file));
  if (lines.every((line) => line.kind === 'blank')) throw new ContentError(file, 1, 'file is empty');
  const page: SourcePage = { articles: [] };
  for (const item of groupBlocks(lines)) {
    if (item.kind === 'block') addBlock(page, item, file);
    else if (item.kind === 'heading') addHeading(page, item, file);
    else if (item.kind === 'photo') addPhoto(page, item, file);
  }
  const last = page.articles.at(-1);
  if (!last) throw new ContentError(file, page.banner?.line ?? 1, 'page has no articles ("## title")');
  requireBody(last, file);
  return page;
}
