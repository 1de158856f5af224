import { expect, test } from '../engines/fixtures';
import { ARCHIVE_ARTICLES, sites } from '../support/sites';
import { headline } from './places';

/** The generated archive of dated pages (playwright.config.ts builds it). */
test.use({ baseURL: `http://127.0.0.1:${sites.archive.port}` });

const pager = { role: 'navigation', name: '分页' } as const;
const listStatus = { role: 'status', name: /篇报道/u } as const;

test('the pager walks the archive: newer, newest, older', async ({ reader }) => {
  await reader.open('/page/7/');
  expect(await reader.evaluate(() => document.querySelector('[aria-current="page"]')?.textContent, null)).toBe(
    '第7页（当前）',
  );
  await reader.click({ role: 'link', name: '较新', within: pager });
  await expect.poll(() => reader.text(listStatus)).toMatch(/^第 8 页 · /u);
  await reader.click({ role: 'link', name: '最新', within: pager });
  await expect.poll(() => reader.text(listStatus)).toBe(`共 ${ARCHIVE_ARTICLES} 篇报道`);
  expect(new URL(await reader.url()).pathname).toBe('/');
  await reader.click({ role: 'link', name: '较早', within: pager });
  await expect.poll(() => reader.text(listStatus)).toMatch(/^第 10 页 · /u);
});

test('the calendar leads to an edition, its 版面 and an article', async ({ reader }) => {
  await reader.open('/');
  await reader.click({ role: 'link', name: '往期版面', within: { role: 'navigation', name: '栏目' } });
  await expect.poll(() => reader.text(headline)).toBe('往期版面');
  await reader.click({ role: 'link', name: /日，\s*\d+篇/u });
  await expect.poll(() => reader.text(headline)).toMatch(/^\d{4}年\d+月\d+日 星期.$/u);
  await reader.click({ role: 'link', name: /^第2版/u, within: { role: 'navigation', name: '本期版面' } });
  // The 版面 is a section of the edition, scrolled to the top of the screen.
  await expect
    .poll(() =>
      reader.evaluate(() => {
        const top = document.getElementById('ban-2')?.getBoundingClientRect().top;
        return location.hash === '#ban-2' && top !== undefined && top >= -1 && top < window.innerHeight / 2;
      }, null),
    )
    .toBe(true);
  const title = await reader.evaluate(() => document.querySelector('#ban-2 h3')?.textContent ?? '', null);
  expect(title).toBeTruthy();
  await reader.click({ role: 'link', name: title, within: { role: 'main' } });
  await expect.poll(() => reader.text(headline)).toBe(title);
});
