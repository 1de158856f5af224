import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memo, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { SearchDocument } from '../../search/search-document';
import type { SearchClient } from './engine-client';
import { SearchResult } from './SearchResult';
import { RESULTS_PAGE } from './search-queries';

interface SearchResultsProps {
  engine: SearchClient;
  ids: Int32Array;
  terms: string[];
  /** The first RESULTS_PAGE documents of `ids`, found with them. */
  firstPage: SearchDocument[];
}

/**
 * The matches, twenty at a time: "更多结果" adds the next twenty and moves focus to the first of
 * them. Memoized: a keystroke whose results are still being found leaves the list untouched.
 */
export const SearchResults = memo(function SearchResults({ engine, ids, terms, firstPage }: SearchResultsProps) {
  // How far the reader has gone in these matches; new matches start again at the first page. The
  // list itself stays mounted, so a refined query patches the results rather than rebuilding them.
  const [progress, setProgress] = useState<{ of: Int32Array; shown: number; focusFrom?: number }>({
    of: ids,
    shown: RESULTS_PAGE,
  });
  const { shown, focusFrom } = progress.of === ids ? progress : { shown: RESULTS_PAGE, focusFrom: undefined };
  const firstNew = useRef<HTMLAnchorElement>(null);
  const more = Array.from(ids.subarray(RESULTS_PAGE, shown));
  const extra = useQuery({
    queryKey: ['search', 'documents', more],
    queryFn: () => engine.documents(more),
    enabled: more.length > 0,
    placeholderData: keepPreviousData,
  });
  const loaded = [...firstPage, ...(extra.data ?? [])];

  const focusFirstNew = useEffectEvent(() => {
    if (focusFrom !== undefined && loaded.length > focusFrom) {
      firstNew.current?.focus();
      setProgress({ of: ids, shown });
    }
  });
  useEffect(() => focusFirstNew(), [focusFrom, loaded.length]);

  return (
    <>
      <ol aria-busy={extra.isPlaceholderData} className="mt-4 divide-y divide-line">
        {loaded.map((document, index) => (
          // Results below the screen are laid out only when scrolled to: drawing twenty of them is
          // most of a query's time on a phone.
          <li key={document.id} className="[contain-intrinsic-size:auto_16rem] [content-visibility:auto]">
            <SearchResult
              document={document}
              terms={terms}
              engine={engine}
              linkRef={index === focusFrom ? firstNew : undefined}
            />
          </li>
        ))}
      </ol>
      {extra.isError && (
        <p role="alert" className="mt-6">
          结果加载失败，请检查网络后重试。
        </p>
      )}
      {shown < ids.length && (
        <button
          type="button"
          onClick={() => setProgress({ of: ids, shown: shown + RESULTS_PAGE, focusFrom: shown })}
          className="mt-4 min-h-11 w-full rounded-full border border-accent px-5 font-semibold text-accent hover:bg-accent-soft"
        >
          更多结果（还有 {ids.length - shown} 篇）
        </button>
      )}
    </>
  );
});
