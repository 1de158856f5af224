/** Articles on one page of any list. */
export const PAGE_SIZE = 20;

/** Pages a list of `total` items fills; an empty list still has its first page. */
export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The items of page `page` (from 1). */
export function pageItems<T>(items: readonly T[], page: number, pageSize = PAGE_SIZE): T[] {
  return items.slice((page - 1) * pageSize, page * pageSize);
}
