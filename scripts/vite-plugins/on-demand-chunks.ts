import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** Where the client build lists each on-demand chunk's files, for the prerenderer; not published. */
export const ON_DEMAND_CHUNKS_FILE = 'on-demand-chunks.json';

/** A chunk's file and the files it imports, directly or not. */
function withImports(chunk: OutputChunk, chunks: Map<string, OutputChunk>, files = new Set<string>()): Set<string> {
  if (files.has(chunk.fileName)) return files;
  files.add(chunk.fileName);
  for (const file of chunk.imports) {
    const imported = chunks.get(file);
    if (imported) withImports(imported, chunks, files);
  }
  return files;
}

/**
 * Lists, for each on-demand chunk (`name.chunk.ts`, by `name`), the files a page must load to run
 * it that the first load does not bring: the prerenderer preloads them in the pages that hydrate
 * with the chunk, so that it is not fetched (and its files not asked for one by one) after the app
 * starts. `firstLoad` names the chunks every page loads besides the entry.
 */
export function onDemandChunks(firstLoad: readonly string[]): Plugin {
  return {
    name: 'capital-union-news:on-demand-chunks',
    apply: (config) => !config.build?.ssr,
    generateBundle(_options, bundle: OutputBundle) {
      const chunks = new Map(
        Object.values(bundle)
          .filter((output): output is OutputChunk => output.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      const initial = new Set<string>();
      for (const chunk of chunks.values()) {
        if (chunk.isEntry || firstLoad.includes(chunk.name)) withImports(chunk, chunks, initial);
      }
      const listed: Record<string, string[]> = {};
      for (const chunk of chunks.values()) {
        const name = chunk.isDynamicEntry ? /^(.+)\.chunk$/.exec(chunk.name)?.[1] : undefined;
        if (name) listed[name] = [...withImports(chunk, chunks)].filter((file) => !initial.has(file));
      }
      this.emitFile({ type: 'asset', fileName: ON_DEMAND_CHUNKS_FILE, source: JSON.stringify(listed) });
    },
  };
}
