/**
 * The search worker: the engine downloads, decodes and checks index files here, off the page's
 * thread, so a query whose results sit in twenty text files does not hold up typing or drawing.
 */

import { SearchEngine } from '../../search/engine';
import { siteUrl } from '../../site/site-url';
import type { EnginePort } from './engine-protocol';
import { serveEngine } from './engine-service';

async function fetchSiteBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(siteUrl(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

serveEngine(self as unknown as EnginePort, () => SearchEngine.open(fetchSiteBytes));
