import { ContentError } from './content-error.ts';
import { splitLines, trimInvisible } from './text-rules.ts';

/** Where a page stands in the newspaper: its day, its 版次 and its 版名. */
export interface PageEdition {
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  /** 版次, from 1. */
  number?: number;
  /** 版名 (工会新闻, 要闻 …). */
  name?: string;
}

/** A page's edition and, for errors, the line that claimed its date and number (none: the file name). */
export interface EditionClaim {
  edition: PageEdition;
  line?: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True for a real calendar day: 2023-02-30 is not one. */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `2023-03-08_04.txt` is page 4 of 8 March 2023 (the extension in any case). */
const DATED_FILE = /^(\d{4}-\d{2}-\d{2})_(\d+)\.txt$/iu;

/** The date and 版次 a file's name gives, if it has the dated form. */
export function editionFromFileName(file: string, path: string): PageEdition {
  const match = DATED_FILE.exec(file);
  if (!match) return {};
  const [date = '', digits = ''] = match.slice(1);
  if (!isRealDate(date)) throw new ContentError(path, undefined, `the file name's date ${date} does not exist`);
  const number = Number(digits);
  if (number < 1) throw new ContentError(path, undefined, `the file name's page number ${digits} must be 1 or more`);
  return { date, number };
}

const FENCE = '---';
const FIELD = /^([^:：]*)[:：](.*)$/u;
const KEYS = ['date', 'page', 'name'] as const;
type Key = (typeof KEYS)[number];

export interface FrontMatter {
  edition: PageEdition;
  /** Line of the `date:` or `page:` field, for errors about the page's place. */
  line?: number;
  /** The page with the block blanked out, so every line keeps its number. */
  body: string;
}

function readField(key: Key, value: string, file: string, line: number): PageEdition {
  if (value === '') throw new ContentError(file, line, `front matter "${key}" has no value`);
  if (key === 'name') return { name: value };
  if (key === 'date') {
    if (!isRealDate(value))
      throw new ContentError(file, line, `front matter date "${value}" is not a real date (YYYY-MM-DD)`);
    return { date: value };
  }
  if (!/^\d+$/u.test(value) || Number(value) < 1) {
    throw new ContentError(file, line, `front matter page "${value}" must be a whole number from 1`);
  }
  return { number: Number(value) };
}

function closingFence(lines: readonly string[], file: string): number {
  const closing = lines.findIndex((line, index) => index > 0 && trimInvisible(line) === FENCE);
  if (closing === -1) throw new ContentError(file, 1, 'front matter is not closed (end it with a "---" line)');
  return closing;
}

/**
 * An optional block at the very top of a page, between `---` lines, of `date:`, `page:` and
 * `name:` fields. A key may appear once; anything else is an error with its line.
 */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const lines = splitLines(text);
  if (trimInvisible(lines[0] ?? '') !== FENCE) return { edition: {}, body: text };
  const closing = closingFence(lines, file);
  const seen = new Set<Key>();
  let edition: PageEdition = {};
  let claimLine: number | undefined;
  for (let index = 1; index < closing; index += 1) {
    const field = trimInvisible(lines[index] ?? '');
    if (field === '') continue;
    const line = index + 1;
    const match = FIELD.exec(field);
    const key = KEYS.find((candidate) => candidate === trimInvisible(match?.[1] ?? ''));
    if (!match || !key) throw new ContentError(file, line, `unknown front matter "${field}" (use date, page and name)`);
    if (seen.has(key)) throw new ContentError(file, line, `front matter "${key}" is given twice`);
    seen.add(key);
    edition = { ...edition, ...readField(key, trimInvisible(match[2] ?? ''), file, line) };
    if (key !== 'name') claimLine ??= line;
  }
  const body = lines.map((line, index) => (index <= closing ? '' : line)).join('\n');
  return claimLine === undefined ? { edition, body } : { edition, line: claimLine, body };
}

/** Front matter wins over the file name, field by field; a date and a 版次 come together or not at all. */
export function combineEdition(fromName: PageEdition, front: FrontMatter, path: string): EditionClaim {
  const edition = { ...fromName, ...front.edition };
  if (edition.date === undefined && edition.number !== undefined) {
    throw new ContentError(
      path,
      front.line,
      'a page with a page number needs a date too (front matter "date:" or a file name like 2023-03-08_04.txt)',
    );
  }
  if (edition.date !== undefined && edition.number === undefined) {
    throw new ContentError(
      path,
      front.line,
      'a page with a date needs a page number too (front matter "page:" or a file name like 2023-03-08_04.txt)',
    );
  }
  return front.line === undefined ? { edition } : { edition, line: front.line };
}
