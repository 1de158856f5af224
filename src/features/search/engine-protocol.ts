import type { SearchFilter, SearchMatches } from '../../search/engine';
import type { SearchDocument } from '../../search/search-document';

/** What the page needs of the index before any query: its size and the names behind district and theme slugs. */
export interface IndexFacts {
  documentCount: number;
  terms: { districts: { slug: string; name: string }[]; themes: { slug: string; name: string }[] };
}

/**
 * A query's matches with the documents of its first page, sent back in one message (the ids, an
 * Int32Array, cross as one block of memory).
 */
export interface FoundPage extends SearchMatches {
  firstPage: SearchDocument[];
}

/** The calls the page makes of the search worker, each answered once under its id. */
export type EngineCall =
  | { id: number; kind: 'open' }
  | { id: number; kind: 'find'; terms: string[]; filter: SearchFilter; firstPage: number }
  | { id: number; kind: 'documents'; ids: number[] };

export interface EngineAnswers {
  open: IndexFacts;
  find: FoundPage;
  documents: SearchDocument[];
}

export type EngineReply = { id: number; value: EngineAnswers[keyof EngineAnswers] } | { id: number; error: string };

/** The two ends of the conversation: a Worker and the worker's own scope, or a MessagePort in tests. */
export interface EnginePort {
  postMessage(message: EngineCall | EngineReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  start?(): void;
}
