import { createHash } from 'node:crypto';

/** `000_DC19.txt` → `000-dc19`: the file stem, lowercased, every other run of characters a dash. */
export function pageIdFromFile(file: string): string {
  const stem = file.replace(/\.[^.]*$/u, '');
  return stem.toLowerCase().replace(/[^a-z0-9]+/gu, '-');
}

/**
 * Derived from the page and the title only, so rebuilding or adding other pages never moves a
 * link; `occurrence` tells apart same-titled articles on one page.
 */
export function articleId(pageId: string, title: string, occurrence = 1): string {
  const hash = createHash('sha256').update(`${pageId}\n${title}`).digest('hex').slice(0, 8);
  const base = `${pageId}-${hash}`;
  return occurrence === 1 ? base : `${base}-${occurrence}`;
}
