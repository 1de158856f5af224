import type { SearchFilter } from '../../search/engine';
import type { SearchDocument } from '../../search/search-document';
import type { EngineAnswers, EngineCall, EnginePort, EngineReply, FoundPage, IndexFacts } from './engine-protocol';

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

/** The page's side of the search worker: the engine's queries, as promises. */
export class SearchClient {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private facts: IndexFacts = { documentCount: 0, terms: { districts: [], themes: [] } };

  private constructor(private readonly port: EnginePort) {
    port.addEventListener('message', (event) => this.settle(event.data as EngineReply));
    // A worker whose script cannot load (offline, before it was cached) answers nothing: fail every call.
    const fail = () => this.failAll(new Error('search worker failed'));
    port.addEventListener('error', fail);
    port.addEventListener('messageerror', fail);
    port.start?.();
  }

  /** A client for the worker behind `port`, once its index is open (rejects when it cannot be). */
  static async connect(port: EnginePort): Promise<SearchClient> {
    const client = new SearchClient(port);
    client.facts = await client.call('open', {});
    return client;
  }

  get documentCount(): number {
    return this.facts.documentCount;
  }

  /** Districts and themes by slug, with their names, for showing results. */
  get terms(): IndexFacts['terms'] {
    return this.facts.terms;
  }

  /** Every document with every term, ranked, with facet counts and the documents of the first `firstPage`. */
  find(terms: string[], filter: SearchFilter, firstPage: number): Promise<FoundPage> {
    return this.call('find', { terms, filter, firstPage });
  }

  documents(ids: number[]): Promise<SearchDocument[]> {
    return this.call('documents', { ids });
  }

  private call<Kind extends EngineCall['kind']>(
    kind: Kind,
    args: Omit<Extract<EngineCall, { kind: Kind }>, 'id' | 'kind'>,
  ): Promise<EngineAnswers[Kind]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject });
      this.port.postMessage({ ...args, kind, id } as EngineCall);
    });
  }

  private settle(reply: EngineReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve(reply.value as never);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
