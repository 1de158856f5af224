import { memo, useState } from 'react';
import type { FacetCount } from '../../content/schema';
import { AppLink, appLinkAttributes } from '../../lib/app-link';
import { type SearchRequest, searchHref } from './search-url';

interface SearchFacetsProps {
  request: SearchRequest;
  districts: FacetCount[];
  themes: FacetCount[];
}

/** Districts and themes among the matches, with counts; choosing one narrows the search, choosing it again widens it. */
export const SearchFacets = memo(function SearchFacets({ request, districts, themes }: SearchFacetsProps) {
  const filtered = Boolean(request.district || request.theme);
  return (
    <div className="mt-4 space-y-3">
      <FacetGroup
        label="区域"
        options={districts}
        selected={request.district}
        href={(district) => searchHref({ ...request, district })}
      />
      <FacetGroup
        label="主题"
        options={themes}
        selected={request.theme}
        href={(theme) => searchHref({ ...request, theme })}
      />
      {filtered && (
        <AppLink
          to={searchHref({ q: request.q })}
          state="stay-in-place"
          className="inline-flex min-h-11 items-center rounded-full px-3 text-sm text-accent underline hover:bg-accent-soft"
        >
          清除筛选
        </AppLink>
      )}
    </div>
  );
});

interface FacetGroupProps {
  label: string;
  options: FacetCount[];
  selected?: string;
  href: (slug: string | undefined) => string;
}

/** Options shown before "更多": enough for the common case, few enough to keep the results in view on a phone. */
const FIRST_OPTIONS = 6;

function FacetGroup({ label, options, selected, href }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  // The most frequent first; the chosen one always shows.
  const present = options
    .filter((option) => option.count > 0 || option.slug === selected)
    .sort((a, b) => b.count - a.count);
  if (present.length === 0) return null;
  const shown = present.filter((option, index) => expanded || index < FIRST_OPTIONS || option.slug === selected);
  return (
    <div role="group" aria-label={`按${label}筛选`} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-muted">{label}</span>
      {shown.map((option) => {
        const active = option.slug === selected;
        return (
          <a
            key={option.slug}
            {...appLinkAttributes(href(active ? undefined : option.slug), 'stay-in-place')}
            aria-current={active ? 'true' : undefined}
            className={`inline-flex min-h-11 items-center gap-1 rounded-full border px-3 text-sm ${
              active ? 'border-accent bg-accent font-semibold text-accent-ink' : 'border-line hover:bg-accent-soft'
            }`}
          >
            {option.name}
            <span className={active ? '' : 'text-muted'}>{option.count}</span>
          </a>
        );
      })}
      {(expanded || shown.length < present.length) && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          className="inline-flex min-h-11 items-center rounded-full px-3 text-sm text-accent underline hover:bg-accent-soft"
        >
          {expanded ? '收起' : `更多${label}（${present.length - shown.length}）`}
        </button>
      )}
    </div>
  );
}
