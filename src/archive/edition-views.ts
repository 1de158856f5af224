import type { Article } from '../content/schema.ts';
import type { PublishedPhoto } from '../photos/published-photo.ts';
import { calendarPath, editionPath, editionsPath } from '../site/paths.ts';
import { summarize } from './summary.ts';
import type { EditionArticle, EditionsView, EditionView } from './view-schema.ts';

interface EditionPage {
  date: string;
  number: number;
  name?: string;
  banner?: string;
  articles: EditionArticle[];
}

/** What the edition shows of an article. */
function editionArticleOf(article: Article, photo: PublishedPhoto | undefined): EditionArticle {
  const { id, page, title, subtitle, kind, excerpt, thumbnail } = summarize(article, photo);
  return {
    id,
    date: page.date,
    title,
    ...(subtitle === undefined ? {} : { subtitle }),
    kind,
    excerpt,
    ...(thumbnail ? { thumbnail } : {}),
  };
}

/** The dated 版面, in the newspaper's order (the articles come in it, so a page's articles are adjacent). */
function editionPages(articles: readonly Article[], photos: ReadonlyMap<string, PublishedPhoto[]>): EditionPage[] {
  const pages: EditionPage[] = [];
  const editionArticle = (article: Article) => editionArticleOf(article, photos.get(article.id)?.[0]);
  for (const article of articles) {
    const { date, number, name, banner } = article.page;
    if (date === undefined || number === undefined) continue;
    const current = pages.at(-1);
    if (current?.date === date && current.number === number) current.articles.push(editionArticle(article));
    else pages.push({ date, number, name, banner, articles: [editionArticle(article)] });
  }
  return pages;
}

function editionDays(pages: readonly EditionPage[]): Day[] {
  const days: Day[] = [];
  for (const page of pages) {
    const day = days.at(-1);
    if (day?.date === page.date) day.pages.push(page);
    else days.push({ date: page.date, pages: [page] });
  }
  return days;
}

type Day = { date: string; pages: EditionPage[] };

const yearOf = (day: Day) => Number(day.date.slice(0, 4));

/**
 * One calendar a year, so that no page grows with the archive: `/editions/` for the newest year,
 * `/editions/2023/` for each year before it.
 */
function calendarViews(days: readonly Day[]): Map<string, EditionsView> {
  const byYear = new Map<number, Day[]>();
  for (const day of days) {
    const yearDays = byYear.get(yearOf(day));
    if (yearDays) yearDays.push(day);
    else byYear.set(yearOf(day), [day]);
  }
  const years = [...byYear].map(([year, yearDays]) => ({ year, editions: yearDays.length }));
  const calendar = (year: number | undefined, yearDays: readonly Day[]): EditionsView => ({
    kind: 'editions',
    year,
    years,
    days: yearDays.map((day) => ({
      date: day.date,
      articles: day.pages.reduce((sum, page) => sum + page.articles.length, 0),
    })),
  });
  const newest = years[0]?.year;
  const views = new Map([...byYear].map(([year, yearDays]) => [calendarPath(year, newest), calendar(year, yearDays)]));
  if (newest === undefined) views.set(editionsPath, calendar(undefined, []));
  return views;
}

/** The calendars of editions and each day's edition, by path. Days run newest first. */
export function editionViews(
  articles: readonly Article[],
  photos: ReadonlyMap<string, PublishedPhoto[]>,
): Map<string, EditionsView | EditionView> {
  const days = editionDays(editionPages(articles, photos));
  const views = new Map<string, EditionsView | EditionView>(calendarViews(days));
  days.forEach((day, index) => {
    views.set(editionPath(day.date), {
      kind: 'edition',
      date: day.date,
      pages: day.pages.map(({ number, name, banner, articles }) => ({
        number,
        name,
        banner,
        articles,
      })),
      previous: days[index + 1]?.date,
      next: days[index - 1]?.date,
    });
  });
  return views;
}
