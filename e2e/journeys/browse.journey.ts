import { expect, test } from '../engines/fixtures';
import { seed } from '../support/seed';
import { headline, listTitles } from './places';

const facet = (group: '区域' | '主题', name: RegExp) =>
  ({ role: 'link', name, within: { role: 'group', name: group } }) as const;

test('a theme list, then a district within it, then every article again', async ({ reader }) => {
  await reader.open('/');
  await reader.click(facet('主题', /女职工/u));
  await expect.poll(() => reader.texts(listTitles)).toEqual([seed.busPhoto, seed.shunyi, seed.zhuzong]);
  expect(await reader.url()).toMatch(/\/themes\/women-workers\/$/u);

  await reader.click(facet('区域', /顺义区/u));
  await expect.poll(() => reader.text(headline)).toBe('顺义区 · 女职工');
  expect(await reader.texts(listTitles)).toEqual([seed.shunyi]);
  expect(await reader.url()).toMatch(/\/districts\/shunyi\/themes\/women-workers\/$/u);

  await reader.click({ role: 'link', name: '清除筛选' });
  await expect.poll(() => reader.texts(listTitles)).toHaveLength(8);
});

test('a district from the map of Beijing', async ({ reader }) => {
  await reader.open('/districts/');
  await reader.click({ role: 'link', name: /怀柔区/u, within: { role: 'main' } });
  await expect.poll(() => reader.text(headline)).toBe('怀柔区');
  expect(await reader.texts(listTitles)).toEqual([seed.huairou]);
});
