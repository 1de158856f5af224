/**
 * The search worker: the engine downloads, decodes and checks index blocks here, off the page's
 * thread, so a query whose results sit in twenty text chunks does not hold up typing or drawing.
 */

import { SearchEngine } from '../../search/engine';
import type { EnginePort } from './engine-protocol';
import { serveEngine } from './engine-service';
import { forgetOtherSegments, siteIndexSource } from './site-index-source';

serveEngine(self as unknown as EnginePort, async () => {
  const engine = await SearchEngine.open(siteIndexSource);
  forgetOtherSegments(engine.segmentFiles).catch(() => undefined);
  return engine;
});
