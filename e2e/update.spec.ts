import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type StaticServer, startStaticServer } from '../scripts/serve-static';
import { expect, test, waitForServiceWorker } from './test';

test.use({ serviceWorkers: 'allow' });

// A deployment of its own, so this test can publish a new version without touching the others' site.
let deployment: string;
let server: StaticServer;

test.beforeEach(async () => {
  deployment = mkdtempSync(join(tmpdir(), 'deployment-'));
  cpSync('dist', deployment, { recursive: true });
  server = await startStaticServer({ dir: deployment, port: 0 });
});

test.afterEach(async () => {
  await server.close();
  rmSync(deployment, { recursive: true, force: true });
});

test('a new deployment is announced and taken on only when the reader asks', async ({ page }) => {
  await page.goto(server.url);
  await waitForServiceWorker(page);
  await expect(page.getByText('网站已更新')).toHaveCount(0);
  // What the reader kept offline from this version: a page, and a photo it shows.
  await page.evaluate(async () => {
    await (await caches.open('pages')).put('/kept/', new Response('<p>kept</p>'));
    await (await caches.open('photos')).put('/photos/kept.avif', new Response('photo'));
  });

  appendFileSync(join(deployment, 'sw.js'), '\n// the next deployment\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect(page.getByText('网站已更新，刷新即可使用新版本。')).toBeVisible();

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '刷新' }).click()]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部报道');
  await expect(page.getByText('网站已更新')).toHaveCount(0);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
  ).toBeNull();
  // Both went with the old version: a photo without its page would only take up the phone's storage.
  const kept = await page.evaluate(async () => ({
    page: (await (await caches.open('pages')).match('/kept/')) !== undefined,
    photos: await caches.has('photos'),
  }));
  expect(kept).toEqual({ page: false, photos: false });
});
