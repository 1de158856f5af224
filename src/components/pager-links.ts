/** A page number to link to, or a gap (…) between distant numbers. */
export type PageLink = { page: number } | { gap: true };

/**
 * The numbers a pager shows: always the first and the last, and `spread` pages either side of
 * the current one; a gap stands for the pages left out (a gap of one page shows that page instead).
 */
export function pageLinks(current: number, count: number, spread = 2): PageLink[] {
  const shown = new Set([1, count]);
  for (let page = current - spread; page <= current + spread; page += 1)
    if (page >= 1 && page <= count) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [index, page] of pages.entries()) {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) links.push({ page: page - 1 });
    else if (previous !== undefined && page - previous > 2) links.push({ gap: true });
    links.push({ page });
  }
  return links;
}
