import { describe, expect, it } from 'vitest';
import { type IndexSource, SearchEngine } from '../../search/engine';
import { foldForSearch } from '../../search/normalize';
import { memoryIndex, testDocuments } from '../../search/test-archive';
import { SearchClient } from './engine-client';
import type { EnginePort } from './engine-protocol';
import { serveEngine } from './engine-service';

const documents = testDocuments(60);

/** A client and a service joined by a MessageChannel, as the page and its worker are. */
async function connected(source: IndexSource) {
  const channel = new MessageChannel();
  serveEngine(channel.port2 as unknown as EnginePort, () => SearchEngine.open(source));
  const client = SearchClient.connect(channel.port1 as unknown as EnginePort);
  const close = () => {
    channel.port1.close();
    channel.port2.close();
  };
  return { client, close };
}

describe('SearchClient and the worker service', () => {
  it('answers a query as the engine does, with the documents of its first page', async () => {
    const { source } = await memoryIndex(documents);
    const engine = await SearchEngine.open(source);
    const { client, close } = await connected(source);
    const opened = await client;
    const terms = [foldForSearch('职工')];
    const direct = await engine.search(terms, { district: 'haidian' });
    const found = await opened.find(terms, { district: 'haidian' }, 3);
    close();

    expect(opened.documentCount).toBe(documents.length);
    expect(opened.terms).toEqual(engine.terms);
    expect(found.ids).toEqual(direct.ids);
    expect(found.districts).toEqual(direct.districts);
    expect(found.themes).toEqual(direct.themes);
    expect(found.firstPage.map((document) => document.id)).toEqual(
      (await engine.documents(direct.ids.subarray(0, 3))).map((document) => document.id),
    );
  });

  it('fetches further documents by id', async () => {
    const { source } = await memoryIndex(documents);
    const { client, close } = await connected(source);
    const found = await (await client).documents([5, 0]);
    close();
    expect(found.map((document) => document.id)).toEqual([documents[5]?.id, documents[0]?.id]);
  });

  it('rejects with the reason when the index cannot be opened', async () => {
    const unavailable = async (path: string): Promise<never> => {
      throw new Error(`${path}: HTTP 503`);
    };
    const { client, close } = await connected({ file: unavailable, range: unavailable });
    await expect(client).rejects.toThrow('search-index.json: HTTP 503');
    close();
  });
});
