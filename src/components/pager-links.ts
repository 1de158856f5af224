/** A page number to link to, or a gap (…) between distant numbers. */
export type PageLink = { page: number } | { gap: true };

/** Page numbers, newest first, with a gap wherever numbers are left out between two of them. */
export function withGaps(pages: readonly number[]): PageLink[] {
  return pages.flatMap((page, index) => {
    const previous = pages[index - 1];
    return previous !== undefined && previous - page > 1 ? [{ gap: true } as const, { page }] : [{ page }];
  });
}
