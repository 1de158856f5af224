import { useDeferredValue } from 'react';
import { useSearchParams } from 'react-router';
import { searchMeta } from '../../archive/screen-head-meta';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useIsClient } from '../../lib/use-is-client';
import { MAX_QUERY_LENGTH, parseQuery } from '../../search/query';
import { siteUrl } from '../../site/site-url';
import { SearchOutcome } from './SearchOutcome';
import { readSearchParams } from './search-params';

/** `/search/?q=…`: results for the query in the URL, so a search can be shared, reloaded and gone back to. */
export function SearchScreen() {
  const [params] = useSearchParams();
  const isClient = useIsClient();
  const request = readSearchParams(params);
  // Results may lag a keystroke behind; the box never does.
  const deferred = useDeferredValue(request);
  useDocumentTitle(request.q.trim() ? `搜索：${request.q.trim()}` : searchMeta.title);
  const parsed = parseQuery(deferred.q);
  return (
    <div className="mx-auto max-w-3xl">
      <ScreenHeading className="text-2xl sm:text-3xl">搜索</ScreenHeading>
      <noscript>
        <p className="mt-4 rounded-lg border border-line bg-surface p-5">
          搜索结果需要浏览器启用 JavaScript 才能显示。您仍可以浏览
          <a href={siteUrl('/')} className="text-accent underline">
            最新报道
          </a>
          和往期版面。
        </p>
      </noscript>
      {!isClient || parsed.kind === 'empty' ? (
        <p className="mt-4 text-muted">
          在页面顶部的搜索框输入人名、地名、单位或词语，搜索全部报道。多个词用空格分开。
        </p>
      ) : parsed.kind === 'too-long' ? (
        <p role="status" className="mt-4">
          搜索词有 {parsed.length} 个字，太长了。请输入不超过 {MAX_QUERY_LENGTH} 个字。
        </p>
      ) : (
        <SearchOutcome
          request={deferred}
          terms={parsed.terms}
          stale={deferred.q !== request.q || deferred.district !== request.district || deferred.theme !== request.theme}
        />
      )}
    </div>
  );
}
