import { describe, expect, it } from 'vitest';
import { savedArticleSchema } from './library-schema';
import { savedEntryOf } from './saved-entry';

const article = {
  id: 'a-1',
  title: '职工书屋开进工地',
  subtitle: '百余名建设者有了“充电站”',
  page: { id: 'p-4', date: '2023-03-08', number: 4, name: '工会新闻' },
};

describe('savedEntryOf', () => {
  it('keeps the title, the subtitle and where the article was printed', () => {
    expect(savedEntryOf(article)).toEqual({
      id: 'a-1',
      date: '2023-03-08',
      title: '职工书屋开进工地',
      subtitle: '百余名建设者有了“充电站”',
      edition: '2023年3月8日 星期三 · 第4版 工会新闻',
    });
  });

  it('says 日期未注明 for an undated page, and the entry is one the library stores', () => {
    const entry = savedEntryOf({ id: 'b-2', title: '无日期的报道', page: {} });
    expect(entry.edition).toBe('日期未注明');
    expect(savedArticleSchema().safeParse({ ...entry, savedAt: 1 }).success).toBe(true);
  });
});
