import { expect, test } from '../engines/fixtures';
import type { Reader } from '../engines/reader';
import { seed } from '../support/seed';
import { ARTICLE_URL } from '../support/urls';
import { headline, listTitles, saveToggle } from './places';

/** Marks the document, so a journey can tell whether the next page came from the app or a new load. */
const markDocument = (reader: Reader) => reader.evaluate(() => void Object.assign(window, { journeyMark: true }), null);
const sameDocument = (reader: Reader) => reader.evaluate(() => 'journeyMark' in window, null);

test('the list, then an article opened in the app and back', async ({ reader }) => {
  await reader.open('/');
  await expect.poll(() => reader.texts(listTitles)).toEqual(Object.values(seed));
  await expect.poll(() => reader.text({ role: 'article', name: seed.xicheng })).toContain('记者 陈曦');

  // Once the app runs (its 收藏 buttons appear), a link opens the article without loading a new document.
  await expect.poll(() => reader.text(saveToggle(seed.craftsmen))).toBeDefined();
  await markDocument(reader);
  await reader.click({ role: 'link', name: seed.craftsmen });
  await expect.poll(() => reader.text(headline)).toBe(seed.craftsmen);
  expect(await reader.text({ role: 'article', name: seed.craftsmen })).toContain('大国工匠、焊接大师');
  expect(await sameDocument(reader)).toBe(true);
  expect(await reader.url()).toMatch(ARTICLE_URL);

  await reader.click({ role: 'link', name: '返回列表' });
  await expect.poll(() => reader.text(headline)).toBe('全部报道');
  expect(await sameDocument(reader)).toBe(true);
});
