import { articlePath, editionPagePath, editionPath } from '../lib/routes';
import type { EditionView } from './view-schema';

/** Every page of one edition: the day, each 版面 and each article on them. */
export function editionPages(view: EditionView): string[] {
  return [
    editionPath(view.date),
    ...view.pages.flatMap((page) => [
      editionPagePath(view.date, page.number),
      ...page.articles.map((article) => articlePath(article.id)),
    ]),
  ];
}
