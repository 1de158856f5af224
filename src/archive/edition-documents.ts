import { articlePath, editionPath } from '../site/paths';
import type { EditionView } from './view-schema';

/** The paths of every document of one edition: the day (with its 版面) and each article on them. */
export function editionDocumentPaths(view: EditionView): string[] {
  return [
    editionPath(view.date),
    ...view.pages.flatMap((page) => page.articles.map((article) => articlePath(article.id, article.date))),
  ];
}
