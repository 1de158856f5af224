// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readStored } from '../../lib/browser-storage';
import { articlePath } from '../../site/paths';
import { LIBRARY_RECORD } from './library-schema';
import { dateOfEditionLabel } from './library-upgrade';

afterEach(() => localStorage.clear());

const position = { title: '标题', paragraph: 2, paragraphs: 9, finished: false, at: 5 };

describe('the library of version 1, from before URLs held the date', () => {
  it('reads the date from an edition label, and 日期未注明 as no date', () => {
    expect(dateOfEditionLabel('2023年3月8日 星期三 · 第4版 工会新闻')).toBe('2023-03-08');
    expect(dateOfEditionLabel('2016年12月31日 星期六 · 第1版')).toBe('2016-12-31');
    expect(dateOfEditionLabel('日期未注明')).toBeNull();
    expect(dateOfEditionLabel('第4版')).toBeUndefined();
  });

  it('gives every saved article and position the date its new URL needs, and keeps every read mark', () => {
    localStorage.setItem(
      LIBRARY_RECORD.key,
      JSON.stringify({
        version: 1,
        saved: [
          { id: 'p4-aaaa1111', title: '有日期', edition: '2023年3月8日 星期三 · 第4版 工会新闻', savedAt: 1 },
          { id: 'px-bbbb2222', title: '无日期', edition: '日期未注明', savedAt: 2 },
        ],
        read: { 'p4-aaaa1111': 3, 'unknown-cccc3333': 4 },
        positions: {
          'p4-aaaa1111': position,
          'px-bbbb2222': position,
          '2016-01-04-02-dddd4444': position,
          'unknown-cccc3333': position,
        },
      }),
    );
    const library = readStored(LIBRARY_RECORD);
    expect(library.version).toBe(2);
    expect(library.saved.map((entry) => articlePath(entry.id, entry.date))).toEqual([
      '/articles/2023/03/08/p4-aaaa1111/',
      '/articles/undated/px-bbbb2222/',
    ]);
    expect(Object.entries(library.positions).map(([id, entry]) => articlePath(id, entry.date))).toEqual([
      '/articles/2023/03/08/p4-aaaa1111/',
      '/articles/undated/px-bbbb2222/',
      '/articles/2016/01/04/2016-01-04-02-dddd4444/',
    ]);
    expect(library.read).toEqual({ 'p4-aaaa1111': 3, 'unknown-cccc3333': 4 });
  });
});
