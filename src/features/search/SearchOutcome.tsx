import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SkeletonBlock } from '../../components/SkeletonBlock';
import type { SearchClient } from './engine-client';
import { SearchFacets } from './SearchFacets';
import { SearchResults } from './SearchResults';
import { type FoundMatches, findMatches, searchEngineQuery } from './search-queries';
import type { SearchRequest } from './search-url';

interface SearchOutcomeProps {
  request: SearchRequest;
  terms: string[];
  /** The URL has moved on to another query whose results are not computed yet. */
  stale: boolean;
}

/** What a query found: the count, facets over the matches, and the results; or why there is nothing to show. */
export function SearchOutcome({ request, terms, stale }: SearchOutcomeProps) {
  const engine = useQuery(searchEngineQuery);
  if (engine.isError) return <ErrorNotice title="搜索索引加载失败" onRetry={() => void engine.refetch()} />;
  if (!engine.data) return <ResultsSkeleton label="正在载入搜索索引…" />;
  return <Matches engine={engine.data} request={request} terms={terms} stale={stale} />;
}

function Matches({ engine, request, terms, stale }: SearchOutcomeProps & { engine: SearchClient }) {
  const matches = useQuery({
    queryKey: ['search', 'matches', terms, request.district, request.theme],
    queryFn: () => findMatches(engine, request, terms),
    // While the next keystroke's results load, the last ones stay.
    placeholderData: keepPreviousData,
    // A new query's matches share nothing worth keeping with the last one's: comparing them, all
    // ids and documents deep, would only cost the page's thread.
    structuralSharing: false,
  });
  if (matches.isError) return <ErrorNotice title="搜索失败" onRetry={() => void matches.refetch()} />;
  if (!matches.data) return <ResultsSkeleton label="正在搜索…" />;
  return <FoundSection found={matches.data} busy={stale || matches.isPlaceholderData} engine={engine} />;
}

/**
 * The count, facets and results of one request, drawn from what it found (and for what): while
 * the next query runs, the last results stay as they were, marked busy (and dimmed), and the
 * memoized parts below are not drawn again on each keystroke.
 */
function FoundSection({ found, busy, engine }: { found: FoundMatches; busy: boolean; engine: SearchClient }) {
  const { request, terms, ids, districts, themes, firstPage } = found;
  const filtered = Boolean(request.district || request.theme);
  return (
    <section
      aria-labelledby="search-count"
      aria-busy={busy}
      data-query={request.q}
      data-result-count={ids.length}
      className="mt-4 aria-busy:opacity-60"
    >
      <p id="search-count" role="status" className="font-serif text-lg font-bold">
        找到 {ids.length} 篇报道
      </p>
      {terms.some((term) => [...term].length === 1) && ids.length > 0 && (
        <p className="mt-1 text-sm text-muted">单字会出现在很多报道里，多输入几个字结果更准。</p>
      )}
      <SearchFacets request={request} districts={districts} themes={themes} />
      {ids.length === 0 ? (
        <div className="mt-6 rounded-lg border border-line bg-surface p-5">
          <p className="font-semibold">没有找到同时包含 {terms.map((term) => `“${term}”`).join('、')} 的报道。</p>
          <ul className="mt-2 list-disc pl-5 text-muted">
            {terms.length > 1 && <li>去掉一个词再试。</li>}
            {filtered && <li>清除区域或主题筛选，在全部报道中搜索。</li>}
            <li>检查有没有错别字，或换一个说法。</li>
          </ul>
        </div>
      ) : (
        <SearchResults engine={engine} ids={ids} terms={terms} firstPage={firstPage} />
      )}
    </section>
  );
}

function ResultsSkeleton({ label }: { label: string }) {
  return (
    <div className="mt-4" role="status">
      <p className="text-muted">{label}</p>
      {[0, 1, 2].map((row) => (
        <div key={row} className="mt-6 space-y-2" aria-hidden="true">
          <SkeletonBlock className="h-6 w-3/4" />
          <SkeletonBlock className="h-4 w-full" />
          <SkeletonBlock className="h-4 w-5/6" />
        </div>
      ))}
    </div>
  );
}
