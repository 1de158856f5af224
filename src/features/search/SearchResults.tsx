import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { SearchEngine } from '../../search/engine';
import { SearchResult } from './SearchResult';

const PAGE = 20;

interface SearchResultsProps {
  engine: SearchEngine;
  ids: number[];
  terms: string[];
}

/** The matches, twenty at a time: "更多结果" adds the next twenty and moves focus to the first of them. */
export function SearchResults({ engine, ids, terms }: SearchResultsProps) {
  const [shown, setShown] = useState(PAGE);
  const firstNew = useRef<HTMLAnchorElement>(null);
  const [focusFrom, setFocusFrom] = useState<number | undefined>();
  const visible = ids.slice(0, shown);
  const documents = useQuery({
    queryKey: ['search', 'documents', visible],
    queryFn: () => engine.documents(visible),
    placeholderData: keepPreviousData,
  });
  const loaded = documents.data ?? [];

  useEffect(() => {
    if (focusFrom !== undefined && loaded.length > focusFrom) {
      firstNew.current?.focus();
      setFocusFrom(undefined);
    }
  }, [focusFrom, loaded.length]);

  if (documents.isError) return <p role="alert" className="mt-6">结果加载失败，请检查网络后重试。</p>;
  return (
    <>
      <ol aria-busy={documents.isPlaceholderData} className="mt-4 divide-y divide-line">
        {loaded.map((document, index) => (
          <li key={document.id}>
            <SearchResult document={document} terms={terms} engine={engine} linkRef={index === focusFrom ? firstNew : undefined} />
          </li>
        ))}
      </ol>
      {shown < ids.length && (
        <button
          type="button"
          onClick={() => {
            setFocusFrom(shown);
            setShown(shown + PAGE);
          }}
          className="mt-4 min-h-11 w-full rounded-full border border-accent px-5 font-semibold text-accent hover:bg-accent-soft"
        >
          更多结果（还有 {ids.length - shown} 篇）
        </button>
      )}
    </>
  );
}
