import { describe, expect, it } from 'vitest';
import { embeddedViewElement, serializeState } from '../site/embedded-view';
import { movedPath } from './move-offline-documents';

const oldArticleDocument = (path: string, date?: string) =>
  `<html><body>${embeddedViewElement(
    serializeState({ kind: 'article', article: { id: 'x', page: { id: 'p', ...(date ? { date } : {}) } } }),
    path,
  )}</body></html>`;

const noHtml = () => undefined;

describe('documents saved offline under the URLs of before', () => {
  it('moves an edition under its date folders, and a 版面 into its edition', () => {
    expect(movedPath('/editions/2023-03-08/', noHtml)).toBe('/editions/2023/03/08/');
    expect(movedPath('/editions/2023-03-08/4/', noHtml)).toBe('/editions/2023/03/08/');
  });

  it("moves an article under its edition's date, read from the view the document embeds", () => {
    const path = '/articles/p4-aaaa1111/';
    expect(movedPath(path, () => oldArticleDocument(path, '2023-03-08'))).toBe('/articles/2023/03/08/p4-aaaa1111/');
    expect(movedPath(path, () => oldArticleDocument(path))).toBe('/articles/undated/p4-aaaa1111/');
  });

  it('leaves alone what is already under the new URLs, and a document whose view does not read', () => {
    expect(movedPath('/editions/2023/03/08/', noHtml)).toBeUndefined();
    expect(movedPath('/editions/2023/', noHtml)).toBeUndefined();
    expect(movedPath('/articles/2023/03/08/p4-aaaa1111/', noHtml)).toBeUndefined();
    expect(movedPath('/articles/undated/', noHtml)).toBeUndefined();
    expect(movedPath('/articles/p4-aaaa1111/', noHtml)).toBeUndefined();
    expect(movedPath('/articles/p4-aaaa1111/', () => '<html>no view</html>')).toBeUndefined();
  });
});
