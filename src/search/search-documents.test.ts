import { describe, expect, it } from 'vitest';
import { searchDocuments } from './search-documents.ts';
import { testArticles, testPhoto } from './test-archive.ts';

const articles = testArticles(40);

describe('search documents', () => {
  it('are the articles oldest first', () => {
    expect(searchDocuments(articles).map((document) => document.id)).toEqual(
      articles.map((article) => article.id).toReversed(),
    );
  });

  it("give an article with photos its first photo's thumbnail, small, and the others none", () => {
    const newest = articles[0];
    const oldest = articles.at(-1);
    if (!newest || !oldest) throw new Error('the archive is too small');
    const photos = new Map([
      [newest.id, [testPhoto(newest.id, '#405060'), testPhoto(newest.id, '#aa0000')]],
      [oldest.id, [testPhoto(oldest.id, '#123456')]],
    ]);
    const documents = searchDocuments(articles, photos);
    const thumbnails = new Map(documents.map((document) => [document.id, document.thumbnail]));
    const first = thumbnails.get(newest.id);
    expect(first?.colour).toBe('#405060');
    expect({ width: first?.width, height: first?.height }).toEqual({ width: 1600, height: 1000 });
    for (const format of ['avif', 'webp', 'jpeg'] as const) {
      expect(first?.[format].map((variant) => variant.width)).toEqual([320, 480]);
    }
    expect(first).not.toHaveProperty('description');
    expect(thumbnails.get(oldest.id)?.colour).toBe('#123456');
    // Without a photo the document is as it was, key for key: its segment's bytes do not change.
    const without = searchDocuments(articles);
    const plain = documents.filter((document) => !photos.has(document.id));
    expect(plain).toHaveLength(articles.length - 2);
    for (const document of plain) {
      expect(JSON.stringify(document)).toBe(JSON.stringify(without.find((each) => each.id === document.id)));
    }
  });
});
