import { waitFor } from '../engines/in-page';
import type { Reader } from '../engines/reader';
import type { Target } from '../engines/target';
import { serviceWorkerInControl as inControl } from '../support/service-worker';

/** Places on the site's pages that several journeys visit, named as a reader finds them. */
export const headline: Target = { role: 'heading', level: 1 };
export const articleList: Target = { role: 'region', name: '报道列表' };
export const listTitles: Target = { role: 'heading', level: 3, within: articleList };
export const settingsDialog: Target = { role: 'dialog', name: '阅读设置' };
export const settingsChoice = (setting: '字号' | '字体' | '主题' | '行距', choice: string): Target => ({
  role: 'radio',
  name: choice,
  within: { role: 'group', name: setting, within: settingsDialog },
});
/** The 收藏 toggle of an article card in a list. */
export const saveToggle = (title: string): Target => ({ role: 'button', name: `收藏《${title}》` });

/** Opens an article from the list, once the app runs (the list's 收藏 buttons appear only then). */
export async function openArticleFromList(reader: Reader, title: string, list = '/'): Promise<void> {
  await reader.open(list);
  await waitFor('the app to run on the list (its 收藏 buttons)', () => reader.text(saveToggle(title)));
  await reader.click({ role: 'link', name: title });
  await waitFor(`the article ${title}`, async () => ((await reader.text(headline)) === title ? true : undefined));
}

/** How light the page's paper is, 0 (black) to 255 (white), as the browser computed its background. */
export const paperBrightness = (reader: Reader) =>
  reader.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [red = 0, green = 0, blue = 0] = context.getImageData(0, 0, 1, 1).data;
    return Math.round(0.299 * red + 0.587 * green + 0.114 * blue);
  }, null);

/** Whether the page shows a text anywhere (a notice, a message). */
export const showsText = (reader: Reader, text: string) =>
  reader.evaluate((wanted) => document.body.textContent?.includes(wanted) ?? false, text);

/** Resolves once a service worker controls the page, so what it fetches from now on is cached. */
export const serviceWorkerInControl = (reader: Reader) => reader.evaluate(inControl, null);
