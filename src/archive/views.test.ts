import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticles } from '../content/build-articles.ts';
import type { Article } from '../content/schema.ts';
import { parseTaxonomy } from '../content/taxonomy.ts';
import { articlePath, districtsPath, editionPath, editionsPath, editionsYearPath, listPath } from '../site/paths.ts';
import { generateCorpus } from '../testing/corpus/generate-corpus.ts';
import { listCounts } from './list-counts.ts';
import {
  type ArticleView,
  type DistrictsView,
  type EditionsView,
  type EditionView,
  type ListView,
  type View,
  viewSchema,
} from './view-schema.ts';
import { buildViews } from './views.ts';

const taxonomy = parseTaxonomy(
  readFileSync(new URL('../../content/taxonomy.json', import.meta.url), 'utf8'),
  'taxonomy.json',
);
const encode = (text: string) => new TextEncoder().encode(text);

function archive(articles: number): Article[] {
  return buildArticles(
    generateCorpus({ articles, seed: 5, taxonomy }).map(({ file, text }) => ({ file, bytes: encode(text) })),
    taxonomy,
  );
}

const articles = archive(600);
const views = buildViews(articles, taxonomy);
const view = <T extends View>(path: string) => views.get(path) as T | undefined;
const taxonomyTerms = {
  districts: taxonomy.districts.map(({ slug, name }) => ({ slug, name })),
  themes: taxonomy.themes.map(({ slug, name }) => ({ slug, name })),
};

/** Every page of one list, by following its 较早 links from the front page. */
function listPages(filter: ListView['filter']): ListView[] {
  const pages: ListView[] = [];
  for (let page = view<ListView>(listPath(filter)); page; ) {
    pages.push(page);
    page = page.pager.older === undefined ? undefined : view<ListView>(listPath(filter, page.pager.older));
  }
  return pages;
}

/** A list's facet counts as the app works them out: from the totals on the district map's page. */
const countsOf = (filter: ListView['filter']) => {
  const archive = view<DistrictsView>(districtsPath);
  return archive && listCounts(filter, taxonomyTerms, archive.totals);
};

describe('list views', () => {
  it('show every article of the archive exactly once, in the newspaper order: the front page, then pages of forty', () => {
    const pages = listPages({});
    expect(pages.map((page) => [page.page, page.articles.length])).toEqual([
      [undefined, 40],
      ...Array.from({ length: 14 }, (_, index) => [14 - index, 40]),
    ]);
    expect(pages.flatMap((page) => page.articles.map((summary) => summary.id))).toEqual(
      articles.map((article) => article.id),
    );
    expect(view(listPath({}, 15))).toBeUndefined();
  });

  it('keep every archive page as it was when more articles are published', () => {
    // The same corpus, 90 articles longer: the generator writes the same days first.
    const grown = buildViews(archive(690), taxonomy);
    let compared = 0;
    for (const [path, before] of views) {
      if (before.kind !== 'list' || before.page === undefined) continue;
      const after = grown.get(path);
      expect(after?.kind === 'list' && after.articles, path).toEqual(before.articles);
      // Only the pager of the two newest pages may change, as pages after them appear.
      if (after?.kind !== 'list' || after.pager.pages.length !== before.pager.pages.length) continue;
      expect(after, path).toEqual(before);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('change on a front page only when its own list does: the counts are worked out from the totals', () => {
    const grown = buildViews(archive(610), taxonomy);
    let kept = 0;
    for (const [path, before] of views) {
      if (before.kind !== 'list' || before.page !== undefined) continue;
      const after = grown.get(path);
      if (path === '/') {
        expect(before.counts).toEqual(countsOf({}));
        continue;
      }
      expect(before.counts, path).toBeUndefined();
      if (after?.kind === 'list' && after.total === before.total) {
        expect(after, path).toEqual(before);
        kept += 1;
      }
    }
    expect(kept).toBeGreaterThan(10);
  });

  it('add up to their total for every district and theme, and count the whole archive and each combination in the facets', () => {
    for (const district of taxonomy.districts) {
      const pages = listPages({ district: district.slug });
      const count = countsOf({})?.districts[district.slug] ?? 0;
      expect(pages.flatMap((page) => page.articles)).toHaveLength(count);
      expect(count).toBe(articles.filter((article) => article.districts.includes(district.slug)).length);
      for (const theme of taxonomy.themes) {
        const expected = articles.filter(
          (a) => a.districts.includes(district.slug) && a.themes.includes(theme.slug),
        ).length;
        expect(countsOf({ district: district.slug })?.themes[theme.slug] ?? 0, `${district.slug} × ${theme.slug}`).toBe(
          expected,
        );
        // A combination has only its front page: its newest forty, and its total.
        const combination = listPages({ district: district.slug, theme: theme.slug });
        expect(combination.map((page) => [page.total, page.articles.length])).toEqual(
          expected === 0 ? [] : [[expected, Math.min(expected, 40)]],
        );
      }
    }
  });

  it('give every district and theme a first page even when it is empty, and no page to an empty combination', () => {
    const seed = buildViews(
      buildArticles(
        [
          {
            file: 'seed.txt',
            bytes: readFileSync(new URL('../../content/pages/000_dc19f9187db1d5f4.txt', import.meta.url)),
          },
        ],
        taxonomy,
      ),
      taxonomy,
    );
    const empty = seed.get(listPath({ district: 'dongcheng' }));
    expect(empty?.kind === 'list' && [empty.page, empty.total, empty.articles]).toEqual([undefined, 0, []]);
    expect(seed.get(listPath({ district: 'dongcheng', theme: 'care' }))).toBeUndefined();
    const combinations = [...views.values()].filter(
      (v): v is ListView => v.kind === 'list' && Boolean(v.filter.district && v.filter.theme),
    );
    expect(combinations.every((list) => list.articles.length > 0)).toBe(true);
  });
});

describe('article views', () => {
  it('link each article to its neighbours in the newspaper order, with its own term names', () => {
    const chain = articles.map((article) => views.get(articlePath(article.id, article.page.date)));
    expect(chain.map((v) => (v?.kind === 'article' ? v.next?.id : 'missing'))).toEqual([
      ...articles.slice(1).map((a) => a.id),
      undefined,
    ]);
    expect(chain.map((v) => (v?.kind === 'article' ? v.previous?.id : 'missing'))).toEqual([
      undefined,
      ...articles.slice(0, -1).map((a) => a.id),
    ]);
    const first = chain[0];
    expect(first?.kind === 'article' && first.terms.districts.map((term) => term.slug)).toEqual(articles[0]?.districts);
  });
});

describe('edition views', () => {
  const calendar = views.get('/editions/');
  const days = calendar?.kind === 'editions' ? calendar.days : [];

  it('list every day newest first with its article count', () => {
    expect(days.map((day) => day.date)).toEqual([...new Set(articles.map((article) => article.page.date))]);
    expect(days.reduce((sum, day) => sum + day.articles, 0)).toBe(articles.length);
  });

  it('give each day its 版面 in order, and link the days before and after', () => {
    const day = view<EditionView>(editionPath(days[1]?.date ?? ''));
    expect(day?.pages.map((page) => page.number)).toEqual([1, 2, 3, 4]);
    expect(day?.next).toBe(days[0]?.date);
    expect(day?.previous).toBe(days[2]?.date);
    expect(day?.pages[0]?.articles.map((link) => link.id)).toEqual(
      articles.filter((a) => a.page.date === days[1]?.date && a.page.number === 1).map((a) => a.id),
    );
  });

  it('hold every article once, 版面 by 版面 in the newspaper order, with what the 版面 shows of it', () => {
    const editions = days.map((day) => view<EditionView>(editionPath(day.date)));
    const listed = editions.flatMap((edition) => edition?.pages.flatMap((page) => page.articles) ?? []);
    expect(listed.map((article) => article.id)).toEqual(articles.map((a) => a.id));
    expect(listed.map((article) => article.date)).toEqual(articles.map((a) => a.page.date));
    expect(listed.every((article) => article.excerpt.length > 0)).toBe(true);
    expect([...views.keys()].filter((path) => path.startsWith('/editions/')).length).toBe(days.length + 1);
  });
});

describe('edition calendars', () => {
  // The same archive with its oldest days moved back into December 2015, the order kept.
  const spanningYears = articles.map((article) => {
    const date = article.page.date?.replace(/^2016-01-0([4-7])$/u, '2015-12-2$1');
    return { ...article, page: { ...article.page, date } };
  });
  const calendars = buildViews(spanningYears, taxonomy);
  const calendar = (path: string) => calendars.get(path) as EditionsView | undefined;
  const dates = [...new Set(spanningYears.map((article) => article.page.date))];

  it('give each year its own calendar, the newest at /editions/', () => {
    expect(calendar(editionsYearPath(2015))?.days.map((day) => day.date)).toEqual(
      dates.filter((date) => date?.startsWith('2015')),
    );
    expect(calendar(editionsPath)?.days.map((day) => day.date)).toEqual(
      dates.filter((date) => date?.startsWith('2016')),
    );
    // The newest year has one calendar, at /editions/, not a second copy under its number.
    expect(calendar(editionsPath)?.year).toBe(2016);
    expect(calendar(editionsYearPath(2016))).toBeUndefined();
    expect(calendar(editionsYearPath(2017))).toBeUndefined();
  });

  it('list every year newest first with its number of editions', () => {
    const editions = (year: number) => dates.filter((date) => date?.startsWith(String(year))).length;
    expect(calendar(editionsPath)?.years).toEqual([
      { year: 2016, editions: editions(2016) },
      { year: 2015, editions: editions(2015) },
    ]);
    expect(editions(2015)).toBeGreaterThan(0);
  });

  it('is empty, without a year, while no page is dated', () => {
    const undated = buildViews(
      articles.map((article) => ({ ...article, page: { ...article.page, date: undefined, number: undefined } })),
      taxonomy,
    );
    expect(undated.get(editionsPath)).toEqual({ kind: 'editions', year: undefined, years: [], days: [] });
  });
});

describe('photos in views', () => {
  const withPhoto = articles.find((article) => article.page.date !== undefined);
  if (!withPhoto) throw new Error('the archive has no dated article');
  const variants = (format: string) =>
    [320, 480, 640, 1280].map((width) => ({
      path: `photos/x-1-${width}.0123456789.${format}`,
      width,
      bytes: width * 20,
    }));
  const photo = { description: '现场', at: 0, width: 1280, height: 960, colour: '#336699' };
  const published = { ...photo, avif: variants('avif'), webp: variants('webp'), jpeg: variants('jpg') };
  const photoViews = buildViews(articles, taxonomy, new Map([[withPhoto.id, [published]]]));
  // A thumbnail's variants carry no sizes: lists carry dozens of thumbnails.
  const small = (format: string) =>
    variants(format)
      .filter((variant) => variant.width <= 480)
      .map(({ path, width }) => ({ path, width }));
  const thumbnail = {
    width: 1280,
    height: 960,
    colour: '#336699',
    avif: small('avif'),
    webp: small('webp'),
    jpeg: small('jpg'),
  };

  it("give the article's view its photos, and its list entries and edition entry a thumbnail of the first", () => {
    const articleView = photoViews.get(articlePath(withPhoto.id, withPhoto.page.date)) as ArticleView;
    expect(articleView.photos).toEqual([published]);
    expect(articleView.article).not.toHaveProperty('photos');
    const entries = [...photoViews.values()].flatMap((each): { id: string; thumbnail?: unknown }[] =>
      each.kind === 'list' ? each.articles : each.kind === 'edition' ? each.pages.flatMap((page) => page.articles) : [],
    );
    const ofArticle = entries.filter((entry) => entry.id === withPhoto.id);
    expect(ofArticle.length).toBeGreaterThan(2);
    for (const entry of ofArticle) expect(entry.thumbnail).toEqual(thumbnail);
    expect(entries.filter((entry) => entry.thumbnail !== undefined)).toHaveLength(ofArticle.length);
    for (const each of photoViews.values()) expect(viewSchema.safeParse(each).success).toBe(true);
  });
});

describe('every view', () => {
  it('matches the view schema the app reads', () => {
    for (const [path, v] of views) expect(viewSchema.safeParse(v).success, path).toBe(true);
  });

  it('stays the same size however large the archive grows', { timeout: 60_000 }, () => {
    const largest = (all: Map<string, View>) =>
      [...all.values()].reduce((max, v) => Math.max(max, JSON.stringify(v).length), 0);
    const larger = buildViews(archive(1_500), taxonomy);
    expect(largest(larger)).toBeLessThan(largest(views) * 1.5);
  });
});
