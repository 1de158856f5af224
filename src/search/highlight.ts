import { foldForSearch } from './normalize.ts';
import type { SearchDocument } from './search-document.ts';

/** A run of text, marked when it is part of a match. Rendered as text and <mark>, never as HTML. */
export interface TextRun {
  text: string;
  match: boolean;
}

/** The text cut into runs at every occurrence of any term (folded on both sides; overlapping matches merge). */
export function highlightRuns(text: string, terms: readonly string[]): TextRun[] {
  const folded = foldForSearch(text);
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    if (term === '') continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1))
      marked.fill(1, at, at + term.length);
  }
  const runs: TextRun[] = [];
  let start = 0;
  for (let index = 1; index <= text.length; index += 1) {
    if (index === text.length || marked[index] !== marked[start]) {
      runs.push({ text: text.slice(start, index), match: marked[start] === 1 });
      start = index;
    }
  }
  return runs;
}

export interface Snippet {
  text: string;
  /** Whether text was cut off before and after the snippet. */
  cutBefore: boolean;
  cutAfter: boolean;
}

const BEFORE = 30;
const LENGTH = 110;

/** Part of the first paragraph that holds a term, around its first match; the lead's start when none does. */
export function snippetOf(document: Pick<SearchDocument, 'paragraphs'>, terms: readonly string[]): Snippet {
  for (const paragraph of document.paragraphs) {
    const folded = foldForSearch(paragraph);
    const first = Math.min(...terms.map((term) => folded.indexOf(term)).filter((at) => at >= 0));
    if (!Number.isFinite(first)) continue;
    const start = Math.max(0, Math.min(first - BEFORE, paragraph.length - LENGTH));
    return cut(paragraph, start);
  }
  return cut(document.paragraphs[0] ?? '', 0);
}

function cut(paragraph: string, start: number): Snippet {
  // Never split a surrogate pair at either end.
  const from = isLowSurrogate(paragraph.charCodeAt(start)) ? start - 1 : start;
  let to = Math.min(paragraph.length, from + LENGTH);
  if (isLowSurrogate(paragraph.charCodeAt(to))) to += 1;
  return { text: paragraph.slice(from, to), cutBefore: from > 0, cutAfter: to < paragraph.length };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
