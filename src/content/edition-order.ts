import type { BuiltPage } from './build-page.ts';
import { ContentError } from './content-error.ts';

/** Newest date first, then 版次; undated pages after every dated one, keeping their file order. */
export function comparePages(a: BuiltPage, b: BuiltPage): number {
  const [dateA, dateB] = [a.claim.edition.date, b.claim.edition.date];
  if (dateA === undefined || dateB === undefined) return (dateA === undefined ? 1 : 0) - (dateB === undefined ? 1 : 0);
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return (a.claim.edition.number ?? 0) - (b.claim.edition.number ?? 0);
}

export function sortByEdition(pages: readonly BuiltPage[]): BuiltPage[] {
  // Array sort is stable, so pages that compare equal (undated ones) keep their file order.
  return [...pages].sort(comparePages);
}

/** Two files may not both be page 4 of 8 March 2023. */
export function checkUniqueEditions(pages: readonly BuiltPage[]): void {
  const claimed = new Map<string, BuiltPage>();
  for (const page of pages) {
    const { date, number } = page.claim.edition;
    if (date === undefined) continue;
    const key = `${date}/${number}`;
    const earlier = claimed.get(key);
    if (earlier) {
      throw new ContentError(
        page.path,
        page.claim.line,
        `page ${number} of ${date} is also ${earlier.path}: one page per date and page number`,
      );
    }
    claimed.set(key, page);
  }
}
