import { ContentError } from './content-error';

/** A run of non-blank lines, trimmed and joined: layout wrapped them, not the author. */
export interface SourceBlock {
  text: string;
  line: number;
}

export interface SourceHeading {
  text: string;
  line: number;
}

export interface SourceArticle {
  title: SourceHeading;
  subtitle?: SourceHeading;
  blocks: SourceBlock[];
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
}

interface TextLine {
  kind: 'text';
  text: string;
  line: number;
}

type Line = Blank | Heading | TextLine;
type Item = Blank | Heading | (SourceBlock & { kind: 'block' });

const HEADING = /^(#+)(.*)$/u;

function classifyLine(raw: string, index: number): Line {
  const line = index + 1;
  const text = raw.trim();
  if (text === '') return { kind: 'blank', line };
  const heading = HEADING.exec(text);
  if (heading) return { kind: 'heading', level: heading[1]?.length ?? 0, text: heading[2]?.trim() ?? '', line };
  return { kind: 'text', text, line };
}

/** Consecutive text lines become one block; blank lines and headings end it. */
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

/** Splits a page into its banner and articles, rejecting anything that would lose text. */
export function parsePage(text: string, file: string): SourcePage {
  const lines = text.split(/\r\n|\r|\n/u).map(classifyLine);
  if (lines.every((line) => line.kind === 'blank')) throw new ContentError(file, 1, 'file is empty');

  const page: SourcePage = { articles: [] };
  // True while only blank lines follow the current title, so a `###` may still be its subtitle.
  let awaitingSubtitle = false;

  for (const item of groupBlocks(lines)) {
    if (item.kind === 'blank') continue;
    const current = page.articles.at(-1);
    if (item.kind === 'block') {
      if (!current) throw new ContentError(file, item.line, 'text outside any article (start an article with "## title")');
      current.blocks.push({ text: item.text, line: item.line });
      awaitingSubtitle = false;
      continue;
    }
    if (item.text === '') throw new ContentError(file, item.line, 'heading has no text');
    if (item.level === 1) {
      if (current) throw new ContentError(file, item.line, 'banner ("# ") must come before the first article');
      if (page.banner) throw new ContentError(file, item.line, `second banner (the first is on line ${page.banner.line})`);
      page.banner = { text: item.text, line: item.line };
    } else if (item.level === 2) {
      if (current && current.blocks.length === 0) throw new ContentError(file, current.title.line, 'article has no body');
      page.articles.push({ title: { text: item.text, line: item.line }, blocks: [] });
      awaitingSubtitle = true;
    } else if (item.level === 3) {
      if (!current || !awaitingSubtitle) throw new ContentError(file, item.line, 'subtitle ("### ") must directly follow an article title ("## ")');
      current.subtitle = { text: item.text, line: item.line };
      awaitingSubtitle = false;
    } else {
      throw new ContentError(file, item.line, `heading level ${item.level} is not supported (use #, ## or ###)`);
    }
  }

  const last = page.articles.at(-1);
  if (!last) throw new ContentError(file, page.banner?.line ?? 1, 'page has no articles ("## title")');
  if (last.blocks.length === 0) throw new ContentError(file, last.title.line, 'article has no body');
  return page;
}
