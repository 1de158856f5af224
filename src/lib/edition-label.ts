import type { PageRef } from '../content/schema';
import { formatEditionDate, UNDATED } from './dates';
import { pageLabel } from './page-meta';

/** 2023年3月8日 星期三 · 第4版 工会新闻, or 日期未注明: where an article was printed. */
export const editionLabel = (page: Pick<PageRef, 'date' | 'number' | 'name'>): string =>
  page.date === undefined || page.number === undefined
    ? UNDATED
    : `${formatEditionDate(page.date)} · ${pageLabel({ number: page.number, name: page.name })}`;
