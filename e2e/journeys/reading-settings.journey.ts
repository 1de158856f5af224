import { expect, test } from '../engines/fixtures';
import type { Reader } from '../engines/reader';
import { seed } from '../support/seed';
import { headline, openArticleFromList, paperBrightness, settingsChoice, settingsDialog } from './places';

const settingsButton = { role: 'button', name: '阅读设置' } as const;

/** What <html> carries for each setting (features/reading-settings). */
const rootSettings = (reader: Reader) =>
  reader.evaluate(() => {
    const { dataset } = document.documentElement;
    return {
      textSize: dataset.textSize,
      typeface: dataset.typeface,
      theme: dataset.theme,
      leading: dataset.leading,
      fontSize: getComputedStyle(document.documentElement).fontSize,
    };
  }, null);

const CHOSEN = { textSize: '4', typeface: 'serif', theme: 'sepia', leading: 'relaxed', fontSize: '24px' };

test('each reading setting applies at once and is kept across a reload', async ({ reader }) => {
  await openArticleFromList(reader, seed.xicheng);
  await reader.click(settingsButton);
  await reader.click(settingsChoice('字号', '特大'));
  await reader.click(settingsChoice('字体', '宋体'));
  await reader.click(settingsChoice('主题', '护眼'));
  await reader.click(settingsChoice('行距', '宽松'));
  await expect.poll(() => rootSettings(reader)).toEqual(CHOSEN);
  await reader.click({ role: 'button', name: '完成', within: settingsDialog });
  await expect.poll(() => reader.text(settingsDialog)).toBeUndefined();

  await reader.reload();
  expect(await rootSettings(reader)).toEqual(CHOSEN);
  // 护眼 is warm paper: light, and redder than it is blue.
  expect(await paperBrightness(reader)).toBeGreaterThan(200);
  await reader.click(settingsButton);
  await expect.poll(() => reader.attribute(settingsChoice('主题', '护眼'), 'checked')).toBe('');
  await reader.click({ role: 'button', name: '恢复默认', within: settingsDialog });
  await expect
    .poll(() => rootSettings(reader))
    .toEqual({ textSize: '1', typeface: 'sans', theme: 'system', leading: 'normal', fontSize: '16px' });
});

// The sequence that crashed WebKit's page in an earlier report (issue 16): 深色 from the dialog, the same
// article loaded again, then other pages. Each page must arrive, dark, and show its heading.
test('深色 chosen in the dialog is kept on the same article loaded again and on the pages after it', async ({
  reader,
}) => {
  await openArticleFromList(reader, seed.xicheng);
  const article = await reader.url();
  expect(await paperBrightness(reader)).toBeGreaterThan(200);
  await reader.click(settingsButton);
  await reader.click(settingsChoice('主题', '深色'));
  await expect.poll(() => paperBrightness(reader)).toBeLessThan(40);

  for (const [url, heading] of [
    [article, seed.xicheng],
    ['/search/?q=工会', '搜索'],
    ['/editions/', '往期版面'],
    [article, seed.xicheng],
  ] as const) {
    await reader.open(url);
    await expect.poll(() => reader.text(headline), { message: url }).toBe(heading);
    expect(await reader.evaluate(() => document.documentElement.dataset.theme, null)).toBe('dark');
    expect(await paperBrightness(reader)).toBeLessThan(40);
  }
});
