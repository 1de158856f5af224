import { type Ref, useMemo } from 'react';
import { PhotoThumbnail } from '../../components/PhotoThumbnail';
import { chipTones } from '../../components/TermChip';
import { appLinkAttributes } from '../../lib/app-link';
import { highlightRuns, snippetOf } from '../../search/highlight';
import type { SearchDocument } from '../../search/search-document';
import { articlePath } from '../../site/paths';
import { editionLabel } from '../../text/edition-label';
import { termName } from '../../text/term-name';
import type { SearchClient } from './engine-client';
import { highlighted } from './highlighted';

interface SearchResultProps {
  document: SearchDocument;
  terms: string[];
  engine: SearchClient;
  linkRef?: Ref<HTMLAnchorElement>;
}

/**
 * One match: title, subtitle and a snippet with every match marked, its date and 版, its districts
 * and themes; beside them its first photo, small, as a list card shows it.
 */
export function SearchResult({ document, terms, engine, linkRef }: SearchResultProps) {
  const snippet = snippetOf(document, terms);
  const titleId = `result-${document.id}`;
  // A name found only in the byline is shown, so the reader sees why the article matched.
  const matchedNames = document.credits.some((name) => highlightRuns(name, terms).some((run) => run.match));
  // What does not depend on the query is drawn once per document: the next keystroke leaves it be.
  const { dateLine, chips, thumbnail } = useMemo(() => unchangingParts(document, engine), [document, engine]);
  return (
    <article className="py-5" aria-labelledby={titleId}>
      <div className="flex gap-4">
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="font-serif text-xl leading-snug font-bold">
            <a
              ref={linkRef}
              {...appLinkAttributes(articlePath(document.id, document.date))}
              className="hover:text-accent hover:underline"
            >
              {highlighted(document.title, terms)}
            </a>
          </h2>
          {document.subtitle && <p className="mt-1 text-muted">{highlighted(document.subtitle, terms)}</p>}
          {dateLine}
          {matchedNames && (
            <p className="mt-1 text-sm">
              署名：
              {highlighted(document.credits.join('、'), terms)}
            </p>
          )}
          <p className="mt-2 leading-relaxed">
            {snippet.cutBefore && '…'}
            {highlighted(snippet.text, terms)}
            {snippet.cutAfter && '…'}
          </p>
        </div>
        {thumbnail}
      </div>
      {chips}
    </article>
  );
}

/**
 * Its date and 版, its photo, and its districts and themes. These label the result rather than link away: the
 * facets above narrow the search by them, and twenty results with three links each would put sixty
 * stops between one result and the next for a reader using the keyboard.
 */
function unchangingParts(document: SearchDocument, engine: SearchClient) {
  const { districts, themes } = engine.terms;
  const labels = [
    ...document.districts.map((slug) => ({ tone: 'district' as const, slug, name: termName(districts, slug) })),
    ...document.themes.map((slug) => ({ tone: 'theme' as const, slug, name: termName(themes, slug) })),
  ];
  return {
    thumbnail: document.thumbnail && <PhotoThumbnail thumbnail={document.thumbnail} />,
    dateLine: (
      <p className="mt-1 text-sm text-muted">
        {editionLabel({ date: document.date, number: document.pageNumber, name: document.pageName })}
      </p>
    ),
    chips: labels.length > 0 && (
      <p className="mt-2 flex flex-wrap gap-2 text-sm">
        <span className="sr-only">区域与主题：</span>
        {labels.map(({ tone, slug, name }) => (
          <span key={`${tone}-${slug}`} className={`rounded-full border px-2.5 py-0.5 ${chipTones[tone]}`}>
            {name}
          </span>
        ))}
      </p>
    ),
  };
}
