/**
 * What the characters of a page mean, decided once for the whole pipeline: where a line ends,
 * what is invisible (so a line of it is blank), and how a sentence ends.
 */

/**
 * LF, CRLF, a lone CR (old Mac exports) and Unicode's line and paragraph separators (U+2028,
 * U+2029, pasted from web pages) all end a line. NEL (U+0085) does not: in this text it is far
 * more often a mis-decoded Windows-1252 ellipsis than a line break.
 */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/u;
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'gu');

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The 1-based line that starts after `text`, as an editor's line numbers count it. */
export function lineAfter(text: string): number {
  return (text.match(LINE_BREAKS)?.length ?? 0) + 1;
}

/**
 * Whitespace (including the ideographic space U+3000) and format characters (\p{Cf}: zero-width
 * spaces and joiners, direction marks, a stray BOM, soft hyphens): nothing a reader sees.
 */
const INVISIBLE = /^[\s\p{Cf}]$/u;

function isInvisibleAt(text: string, index: number): boolean {
  return INVISIBLE.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
}

/** UTF-16 length of the code point that ends at `end` (exclusive). */
function widthBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}

/** The text without invisible characters at its end. */
export function trimInvisibleEnd(text: string): string {
  let end = text.length;
  while (end > 0) {
    const width = widthBefore(text, end);
    if (!isInvisibleAt(text, end - width)) break;
    end -= width;
  }
  return text.slice(0, end);
}

/**
 * The text without invisible characters at either end. Loops, not a regex: `[\s]+$` backtracks
 * over every long run of spaces inside the text, which is quadratic.
 */
export function trimInvisible(text: string): string {
  let start = 0;
  while (start < text.length && isInvisibleAt(text, start)) start += (text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
  return trimInvisibleEnd(text.slice(start));
}

/** Marks that end a Chinese sentence. */
const FINAL = '。！？!?…';
/** Closing quotes and brackets that may follow a sentence's end, full-width and ASCII. */
const CLOSING = '”’」』）》〉】〕］｝〗〙〛)]}>"\'';
const escapeClass = (chars: string): string => chars.replace(/[\]\\^-]/gu, '\\$&');
const FINAL_CLASS = `[${escapeClass(FINAL)}]`;
const CLOSING_CLASS = `[${escapeClass(CLOSING)}]`;

/** The end of a paragraph's first sentence. */
export const SENTENCE_END = new RegExp(`${FINAL_CLASS}+${CLOSING_CLASS}*`, 'u');

const BOUNDARY_CHAR = new RegExp(`[${escapeClass(FINAL + CLOSING)}]`, 'u');

/** Index just after the last sentence-final mark or closing mark in `text`; 0 when there is none. */
export function endOfLastSentence(text: string): number {
  for (let index = text.length - 1; index >= 0; index -= 1) {
    if (BOUNDARY_CHAR.test(text.charAt(index))) return index + 1;
  }
  return 0;
}

/**
 * A block that ends like this is complete (this paper also ends blocks with ；and ：); any other
 * block was broken by the layout and continues in the next one.
 */
const COMPLETE_BLOCK_END = new RegExp(`[${escapeClass(`${FINAL}；;：:`)}]${CLOSING_CLASS}*$`, 'u');

export function endsBlock(text: string): boolean {
  return COMPLETE_BLOCK_END.test(trimInvisible(text));
}
