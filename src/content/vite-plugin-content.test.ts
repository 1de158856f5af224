import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentPlugin } from './vite-plugin-content.ts';

const SEED = 'content/pages/000_dc19f9187db1d5f4.txt';

describe('the content plugin in the dev server', () => {
  let root: string;
  let server: ViteDevServer;
  let sent: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(SEED, join(root, 'pages', 'page.txt'));
    server = await createServer({
      configFile: false,
      logLevel: 'silent',
      plugins: [contentPlugin(join(root, 'pages'))],
      server: { middlewareMode: true, watch: { usePolling: true, interval: 50 } },
    });
    sent = vi.fn();
    server.ws.send = sent as ViteDevServer['ws']['send'];
  });

  afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const indexPath = async () => {
    const module = await server.transformRequest('virtual:content-index');
    return /"(data\/index\.[0-9a-f]+\.json)"/.exec(module?.code ?? '')?.[1];
  };

  it('picks up an edited page without a restart and reloads the browser', async () => {
    const before = await indexPath();
    expect(before).toMatch(/^data\/index\.[0-9a-f]{10}\.json$/);
    const page = join(root, 'pages', 'page.txt');
    writeFileSync(page, readFileSync(page, 'utf8').replace('怀柔中医院工会开展艺术插花活动', '怀柔中医院工会开展插花活动'));

    await vi.waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'full-reload' }), { timeout: 5000 });
    const after = await indexPath();
    expect(after).toMatch(/^data\/index\.[0-9a-f]{10}\.json$/);
    expect(after).not.toBe(before);
  });

  it('shows a broken page as an error overlay naming the file and line', async () => {
    await indexPath();
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
});
