import type { EditionPageRef } from '../content/schema.ts';
import { formatEditionDate, UNDATED } from './dates.ts';

/** 第4版 工会新闻: a 版面 by its number and name. */
export const editionPageLabel = ({ number, name }: { number: number; name?: string | undefined }) =>
  `第${number}版${name ? ` ${name}` : ''}`;

/** 2023年3月8日 星期三 · 第4版 工会新闻, or 日期未注明: where an article was printed. */
export const editionLabel = (page: Pick<EditionPageRef, 'date' | 'number' | 'name'>): string =>
  page.date === undefined || page.number === undefined
    ? UNDATED
    : `${formatEditionDate(page.date)} · ${editionPageLabel({ number: page.number, name: page.name })}`;
