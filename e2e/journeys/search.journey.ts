import { sites } from '../../playwright.config';
import { expect, test } from '../engines/fixtures';
import type { Reader } from '../engines/reader';
import { expectedCount } from '../support/archive-search';
import { headline } from './places';

/** Search runs on the generated 300-article archive (playwright.config.ts builds it). */
test.use({ baseURL: `http://127.0.0.1:${sites.archive.port}` });

const searchBox = { role: 'searchbox', name: '搜索报道' } as const;

/** The count of the results on screen, once they are no longer loading. */
const resultCount = (reader: Reader) =>
  reader.evaluate(() => document.querySelector('[data-result-count]:not([aria-busy="true"])')?.getAttribute('data-result-count') ?? null, null);

test('typing a query finds exactly the articles brute force finds, and a second term narrows them', async ({ reader }) => {
  await reader.open('/');
  // The app runs once the list's offline button is there; the header box searches as the reader types.
  await expect.poll(() => reader.text({ role: 'button', name: /离线保存/u })).toBeDefined();
  await reader.type(searchBox, '陈曦');
  const count = expectedCount('陈曦');
  expect(count).toBeGreaterThan(20);
  await expect.poll(() => resultCount(reader)).toBe(String(count));
  expect(await reader.url()).toMatch(/\/search\/\?q=%E9%99%88%E6%9B%A6$/u);
  expect(await reader.text({ role: 'status', name: /找到/u })).toBe(`找到 ${count} 篇报道`);
  expect(await reader.texts({ role: 'heading', level: 2, within: { role: 'main' } })).toHaveLength(20);
  expect(await reader.evaluate(() => document.querySelector('main mark')?.textContent, null)).toBe('陈曦');

  await reader.type(searchBox, ' 女职工');
  await expect.poll(() => resultCount(reader)).toBe(String(expectedCount('陈曦 女职工')));
  await reader.open('/search/?q=%E9%BE%98%E9%91%AB%E7%8A%87');
  await expect.poll(() => resultCount(reader)).toBe('0');
  expect(await reader.text(headline)).toBe('搜索');
});
