// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { wholeView } from './archive/markup-text';
import type { ArticleView, View } from './archive/view-schema';
import { buildViews } from './archive/views';
import { buildArticles } from './content/build-articles';
import { parseTaxonomy } from './content/taxonomy';
import { ready, renderDocument } from './entry-server';
import { articlePath, editionPath, listPath } from './site/paths';
import { generateCorpus } from './testing/corpus/generate-corpus';

const taxonomy = parseTaxonomy(
  // happy-dom's URL is not Node's, so the path is joined by hand.
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../content/taxonomy.json'), 'utf8'),
  'taxonomy.json',
);
const articles = buildArticles(
  generateCorpus({ articles: 120, seed: 11, taxonomy }).map(({ file, text }) => ({
    file,
    bytes: new TextEncoder().encode(text),
  })),
  taxonomy,
);
const views = buildViews(articles, taxonomy);

/** What the browser gets back from a prerendered page: the embedded view made whole from the markup. */
function readBack(path: string, view: View): { view: View; state: string } {
  const { html, state } = renderDocument(path, view);
  if (state === undefined) throw new Error(`${path}: no embedded view`);
  const markup = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  return { view: wholeView(JSON.parse(state), () => markup), state };
}

function viewAt(path: string): View {
  const view = views.get(path);
  if (!view) throw new Error(`no view at ${path}`);
  return view;
}

beforeAll(() => ready);

describe('a prerendered page embeds no text its markup shows', () => {
  const firstArticle = articles[0];
  if (!firstArticle) throw new Error('the corpus has no articles');
  const paths = [
    listPath({}),
    listPath({}, 1),
    listPath({ theme: firstArticle.themes[0] }),
    editionPath(firstArticle.page.date ?? ''),
    articlePath(firstArticle.id, firstArticle.page.date),
  ];

  it.each(paths)('%s reads back whole, from less JSON', (path) => {
    const view = viewAt(path);
    const { view: back, state } = readBack(path, view);
    expect(back).toEqual(view);
    expect(state.length).toBeLessThan(JSON.stringify(view).length);
  });

  it("gives back an article's paragraphs exactly, whatever characters they hold", () => {
    const view = viewAt(articlePath(firstArticle.id, firstArticle.page.date)) as ArticleView;
    const paragraphs = ['<b>不是标签</b> & "引号" \'单引号\'', '  前后空格  ', '第三段\t制表符'];
    const awkward: ArticleView = { ...view, article: { ...view.article, paragraphs } };
    const { view: back, state } = readBack(articlePath(firstArticle.id, firstArticle.page.date), awkward);
    expect(back).toEqual(awkward);
    expect(state).not.toContain('前后空格');
  });

  it("gives back a photo story's text from its photo's caption, and the text around other photos", () => {
    const path = articlePath(firstArticle.id, firstArticle.page.date);
    const view = viewAt(path) as ArticleView;
    const variants = (format: string) => [
      { path: `photos/2023/03/08/a-1-320.0123456789.${format}`, width: 320, bytes: 9_000 },
    ];
    const photo = (at: number) => ({
      description: '现场',
      at,
      width: 320,
      height: 240,
      colour: '#808080',
      avif: variants('avif'),
      webp: variants('webp'),
      jpeg: variants('jpg'),
    });
    const paragraphs = ['图说第一段。', '图说第二段。', '另一张照片之后。'];
    const story: ArticleView = {
      ...view,
      article: { ...view.article, kind: 'photo', paragraphs },
      photos: [photo(0), photo(2)],
    };
    expect(readBack(path, story).view).toEqual(story);
  });

  it('says what is wrong when the markup lacks the texts its view left out', () => {
    const path = listPath({});
    const { state } = renderDocument(path, viewAt(path));
    const empty = new DOMParser().parseFromString('<div id="root"></div>', 'text/html');
    expect(() => wholeView(JSON.parse(state ?? 'null'), () => empty)).toThrow(/0 \[data-excerpt\] for/);
  });
});
