import { createHash } from 'node:crypto';

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * `000_DC19.txt` → `000-dc19`: the file stem, lowercased, every other run of characters a dash.
 * A name with other characters (`要闻版.txt`, `2023_文体.txt`) keeps its Latin letters and digits
 * and adds a hash of the whole stem, so it still has an id of its own; the stem is taken in NFC,
 * so a name typed on macOS (NFD) gives the same id.
 */
export function pageIdFromFile(file: string): string {
  const stem = file.replace(/\.[^.]*$/u, '').normalize('NFC');
  const slug = stem.toLowerCase().replace(/[^a-z0-9]+/gu, '-');
  if (/^\p{ASCII}*$/u.test(stem)) return slug;
  return [slug.replace(/^-+|-+$/gu, ''), shortHash(stem)].filter(Boolean).join('-');
}

/**
 * Derived from the page and the title only, so rebuilding or adding other pages never moves a
 * link; `occurrence` tells apart same-titled articles on one page.
 */
export function articleId(pageId: string, title: string, occurrence = 1): string {
  const base = `${pageId}-${shortHash(`${pageId}\n${title}`)}`;
  return occurrence === 1 ? base : `${base}-${occurrence}`;
}
