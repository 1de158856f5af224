import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readEmbeddedView, VIEW_REQUEST_HEADER } from '../site/embedded-view.ts';
import type { View } from './view-schema.ts';
import { viewsPlugin } from './vite-plugin-views.ts';

const SEED = 'content/pages/000_dc19f9187db1d5f4.txt';

describe('the views plugin in the dev server', () => {
  let root: string;
  let server: ViteDevServer;
  let sent: ReturnType<typeof vi.fn>;
  let http: Server;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(SEED, join(root, 'pages', 'page.txt'));
    server = await createServer({
      configFile: false,
      logLevel: 'silent',
      plugins: [viewsPlugin(join(root, 'pages'), join(root, 'dev-photos'))],
      server: { middlewareMode: true, watch: { usePolling: true, interval: 50 } },
    });
    http = createHttpServer(server.middlewares);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    // Edits only count once the watcher has taken in the folder as it was.
    await vi.waitFor(() => expect(Object.keys(server.watcher.getWatched())).toContain(join(root, 'pages')));
    sent = vi.fn();
    server.ws.send = sent as ViteDevServer['ws']['send'];
  });

  afterEach(async () => {
    http.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const viewAt = async (path: string): Promise<{ status: number; view: View | undefined }> => {
    const address = http.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { [VIEW_REQUEST_HEADER]: '1' } });
    return { status: response.status, view: readEmbeddedView(await response.text(), path) as View | undefined };
  };

  it('answers a view request with the route view, and 404 for a route without one', async () => {
    const list = await viewAt('/');
    expect(list.view?.kind === 'list' && list.view.counts?.total).toBe(8);
    expect((await viewAt('/districts/shunyi/')).view?.kind).toBe('list');
    expect((await viewAt('/page/1/')).status).toBe(404);
  });

  it('picks up an edited page without a restart and reloads the browser', async () => {
    await viewAt('/');
    const page = join(root, 'pages', 'page.txt');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace('怀柔中医院工会开展艺术插花活动', '怀柔中医院工会开展插花活动'),
    );
    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'full-reload' }), { timeout: 5000 });
    const { view } = await viewAt('/');
    expect(view?.kind === 'list' && view.articles.map((article) => article.title)).toContain(
      '怀柔中医院工会开展插花活动',
    );
  });

  it('shows a broken page as an error overlay naming the file and line', async () => {
    await viewAt('/');
    writeFileSync(join(root, 'pages', 'broken.txt'), '正文在标题之前\n\n## 标题\n\n正文。\n');
    await vi.waitFor(
      () =>
        expect(sent).toHaveBeenCalledWith({
          type: 'error',
          err: expect.objectContaining({ message: expect.stringMatching(/broken\.txt:1: text outside any article/) }),
        }),
      { timeout: 5000 },
    );
  });

  it('shows photos as the build does, and serves their files', async () => {
    mkdirSync(join(root, 'pages', 'photos'));
    await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c04030' } })
      .jpeg()
      .toFile(join(root, 'pages', 'photos', 'a.jpg'));
    writeFileSync(join(root, 'pages', '2023-03-08_04.txt'), '## 带照片的报道\n![现场照片](photos/a.jpg)\n\n正文。\n');
    // The photo and the page may reach the watcher apart, and a build may be under way while the
    // next starts: wait for the article's view to come from a build that has both.
    const photo = await vi.waitFor(
      async () => {
        const { view: list } = await viewAt('/');
        const entry =
          list?.kind === 'list' ? list.articles.find((article) => article.title === '带照片的报道') : undefined;
        expect(entry).toBeDefined();
        const { view } = await viewAt(`/articles/2023/03/08/${entry?.id}/`);
        const found = view?.kind === 'article' ? view.photos?.[0] : undefined;
        expect(found).toMatchObject({ description: '现场照片', width: 400, height: 300 });
        return found;
      },
      { timeout: 25_000, interval: 200 },
    );
    const address = http.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const file = await fetch(`http://127.0.0.1:${port}/${photo?.avif[0]?.path}`);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'image/avif']);
    expect((await fetch(`http://127.0.0.1:${port}/photos/2023/nope.jpg`)).status).toBe(404);
    const climbed = await fetch(`http://127.0.0.1:${port}/photos/..%2f..%2fpages%2fphotos%2fa.jpg`, {
      signal: AbortSignal.timeout(5_000),
    });
    expect(climbed.headers.get('content-type')).not.toBe('image/jpeg');
  }, 40_000);
});
