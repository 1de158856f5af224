import type { SearchEngine } from '../../search/engine';
import type { EngineAnswers, EngineCall, EnginePort } from './engine-protocol';

async function answer(engine: Promise<SearchEngine>, call: EngineCall): Promise<EngineAnswers[EngineCall['kind']]> {
  const opened = await engine;
  switch (call.kind) {
    case 'open':
      return { documentCount: opened.documentCount, terms: opened.terms };
    case 'find': {
      const found = await opened.search(call.terms, call.filter);
      return { ...found, firstPage: await opened.documents(found.ids.subarray(0, call.firstPage)) };
    }
    case 'documents':
      return opened.documents(call.ids);
  }
}

/**
 * The worker's side: opens the engine once and answers each call with a value or the error's
 * message. Messages come from the page that started the worker, never from outside.
 */
export function serveEngine(port: EnginePort, open: () => Promise<SearchEngine>): void {
  let engine: Promise<SearchEngine> | undefined;
  port.addEventListener('message', (event) => {
    const call = event.data as EngineCall;
    engine ??= open();
    answer(engine, call).then(
      (value) => port.postMessage({ id: call.id, value }),
      (error: unknown) =>
        port.postMessage({ id: call.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  port.start?.();
}
