import { type StaticServer, startStaticServer } from '../../scripts/serve-static';
import { expect, test } from '../engines/fixtures';
import { seed } from '../support/seed';
import { sites } from '../support/sites';
import { headline, listTitles, openArticleFromList, serviceWorkerInControl, showsText } from './places';

// The site gets a server of its own that the journey stops: "offline" the same way in every engine
// (WebDriver has no network switch). Requests that then fail are what these journeys are about.
test.use({
  expectedPageErrors:
    /Failed to fetch|NetworkError|Load failed|Could not connect|ERR_CONNECTION_REFUSED|Failed to load resource/u,
});

let server: StaticServer | undefined;
/** The site's own server, stopped when the journey goes offline (or ends). */
async function serveSite(dir: string): Promise<StaticServer> {
  server = await startStaticServer({ dir, port: 0 });
  return server;
}
async function goOffline(): Promise<void> {
  await server?.close();
  server = undefined;
}
test.afterEach(goOffline);

// The service worker waits a few seconds for the network before it answers from its cache.
const offline = { timeout: 15_000 };

test('the list and an article read before keep working offline', async ({ reader }) => {
  const site = (await serveSite(sites.root.serve)).url;
  await reader.open(site);
  expect(await serviceWorkerInControl(reader)).toBe(true);
  await openArticleFromList(reader, seed.craftsmen, site);
  const article = await reader.url();
  expect(article.startsWith(site)).toBe(true);

  await goOffline();
  await reader.open(article);
  await expect
    .poll(() => reader.text({ role: 'article', name: seed.craftsmen }), offline)
    .toContain('大国工匠、焊接大师');
  await reader.click({ role: 'link', name: '返回列表' });
  await expect.poll(() => reader.text(headline), offline).toBe('全部报道');
  await reader.open(site);
  await expect.poll(() => reader.texts(listTitles), offline).toHaveLength(8);
});

test('the newest edition saved for offline opens an article never read', async ({ reader }) => {
  await reader.open((await serveSite(sites.archive.serve)).url);
  expect(await serviceWorkerInControl(reader)).toBe(true);
  await reader.click({ role: 'button', name: /离线保存最新一期/u });
  await expect.poll(() => showsText(reader, '最新一期已保存，可离线阅读'), offline).toBe(true);

  await goOffline();
  const [title] = await reader.texts(listTitles);
  await reader.click({ role: 'link', name: title ?? '', within: { role: 'region', name: '报道列表' } });
  await expect.poll(() => reader.text(headline), offline).toBe(title);
});
