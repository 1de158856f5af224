import { loadContent } from '../../src/content/load-content';
import { foldedFields, matchRank } from '../../src/search/match';
import { parseQuery } from '../../src/search/query';
import { searchDocuments } from '../../src/search/search-documents';

/** The archive's pages as search sees them; read on first use, once the test run has generated them. */
let archive: { documents: ReturnType<typeof searchDocuments>; fields: ReturnType<typeof foldedFields>[] } | undefined;
function searchArchive() {
  if (!archive) {
    const documents = searchDocuments(loadContent('dist-archive-pages').articles);
    archive = { documents, fields: documents.map(foldedFields) };
  }
  return archive;
}

export const inDistrict = (district: string) => (index: number) =>
  searchArchive().documents[index]?.districts.includes(district) ?? false;

/** How many articles the definition of a match finds, by brute force over the same pages. */
export function expectedCount(query: string, filter: (index: number) => boolean = () => true): number {
  const parsed = parseQuery(query);
  if (parsed.kind !== 'terms') return 0;
  return searchArchive().fields.filter(
    (articleFields, index) => filter(index) && matchRank(articleFields, parsed.terms) !== undefined,
  ).length;
}
