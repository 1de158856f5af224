import type { OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { ON_DEMAND_CHUNKS_FILE, onDemandChunks } from './on-demand-chunks';

/** Just what the plugin reads of a chunk. */
const chunk = (name: string, imports: string[], kind: 'entry' | 'dynamic' | 'shared' = 'shared') =>
  ({
    type: 'chunk',
    name,
    fileName: `assets/${name}.js`,
    imports: imports.map((each) => `assets/${each}.js`),
    isEntry: kind === 'entry',
    isDynamicEntry: kind === 'dynamic',
  }) as unknown as OutputChunk;

function listed(chunks: OutputChunk[]): unknown {
  const emitted: { fileName: string; source: string }[] = [];
  const hook = onDemandChunks(['react', 'app']).generateBundle;
  if (typeof hook !== 'function') throw new Error('the plugin has no generateBundle function');
  const bundle = Object.fromEntries(chunks.map((each) => [each.fileName, each])) as OutputBundle;
  hook.call(
    { emitFile: (file: { fileName: string; source: string }) => emitted.push(file) } as never,
    {} as never,
    bundle,
    false,
  );
  expect(emitted.map((file) => file.fileName)).toEqual([ON_DEMAND_CHUNKS_FILE]);
  return JSON.parse(emitted[0]?.source ?? 'null');
}

describe('onDemandChunks', () => {
  it("lists each on-demand chunk's files, with what they import, less what the first load brings", () => {
    const files = listed([
      chunk('index', ['runtime'], 'entry'),
      chunk('runtime', []),
      chunk('react', ['runtime']),
      chunk('app', ['react', 'runtime']),
      chunk('article-screen.chunk', ['article-blocks', 'react', 'app'], 'dynamic'),
      chunk('article-blocks', ['edition-label', 'runtime']),
      chunk('edition-label', []),
      chunk('qr-dialog.chunk', ['react'], 'dynamic'),
    ]);
    expect(files).toEqual({
      'article-screen': ['assets/article-screen.chunk.js', 'assets/article-blocks.js', 'assets/edition-label.js'],
      'qr-dialog': ['assets/qr-dialog.chunk.js'],
    });
  });
});
