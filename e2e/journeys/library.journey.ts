import { expect, test } from '../engines/fixtures';
import { seed } from '../support/seed';
import { headline, openArticleFromList, saveToggle } from './places';

const saveButton = { role: 'button', name: '收藏' } as const;
const sectionHeadings = { role: 'heading', level: 2, within: { role: 'main' } } as const;

test('收藏 from the list and from an article; /saved/ follows, across a reload', async ({ reader }) => {
  await reader.open('/');
  await reader.click(saveToggle(seed.huairou));
  await expect.poll(() => reader.attribute(saveToggle(seed.huairou), 'aria-pressed')).toBe('true');
  await reader.click(saveToggle(seed.busPhoto));
  await expect.poll(() => reader.attribute(saveToggle(seed.busPhoto), 'aria-pressed')).toBe('true');

  await reader.click({ role: 'link', name: '收藏', within: { role: 'navigation', name: '栏目' } });
  await expect.poll(() => reader.text(headline)).toBe('我的收藏');
  // Newest saved first; then the heading of the 阅读记录 section below them.
  await expect.poll(() => reader.texts(sectionHeadings)).toEqual([seed.busPhoto, seed.huairou, '阅读记录']);

  await openArticleFromList(reader, seed.zhuzong);
  await reader.click(saveButton);
  await expect.poll(() => reader.attribute(saveButton, 'aria-pressed')).toBe('true');
  await reader.reload();
  await expect.poll(() => reader.attribute(saveButton, 'aria-pressed')).toBe('true');
  await reader.open('/saved/');
  await expect
    .poll(() => reader.texts(sectionHeadings))
    .toEqual([seed.zhuzong, seed.busPhoto, seed.huairou, '阅读记录']);
});
