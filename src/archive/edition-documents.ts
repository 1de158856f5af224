import { articlePath, editionPagePath, editionPath } from '../site/paths';
import type { EditionView } from './view-schema';

/** The paths of every document of one edition: the day, each 版面 and each article on them. */
export function editionDocumentPaths(view: EditionView): string[] {
  return [
    editionPath(view.date),
    ...view.pages.flatMap((page) => [
      editionPagePath(view.date, page.number),
      ...page.articles.map((article) => articlePath(article.id, article.date)),
    ]),
  ];
}
