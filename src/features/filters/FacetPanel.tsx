import { AppLink } from '../../lib/app-link';
import type { FacetOption } from './facet-model';

interface FacetPanelProps {
  districts: FacetOption[];
  themes: FacetOption[];
  /** Shown when a filter is on: one tap back to the whole list. */
  clearHref: string | undefined;
}

export function FacetPanel({ districts, themes, clearHref }: FacetPanelProps) {
  return (
    <section aria-labelledby="facets-heading" className="space-y-4">
      <div className="flex min-h-11 items-center justify-between gap-4">
        <h2 id="facets-heading" className="font-serif text-lg font-bold">
          筛选
        </h2>
        {clearHref && (
          <AppLink
            to={clearHref}
            className="inline-flex min-h-11 items-center rounded px-2 text-accent hover:underline"
          >
            清除筛选
          </AppLink>
        )}
      </div>
      <FacetGroup id="facet-districts" label="区域" options={districts} />
      <FacetGroup id="facet-themes" label="主题" options={themes} />
    </section>
  );
}

function FacetGroup({ id, label, options }: { id: string; label: string; options: FacetOption[] }) {
  return (
    <div role="group" aria-labelledby={id}>
      <h3 id={id} className="mb-2 text-sm font-semibold text-muted">
        {label}
      </h3>
      {/*
        One scrolling row on phones keeps the list in view; a wrapped cloud on wide screens. Its
        scrollbar is a thin line in the theme's colour: browsers with classic scrollbars (Firefox on
        a desktop) otherwise draw a white track under the row, in every theme.
      */}
      <ul className="relative -mx-4 flex gap-2 overflow-x-auto px-4 py-1.5 [scrollbar-color:var(--color-line)_transparent] [scrollbar-width:thin] lg:mx-0 lg:flex-wrap lg:overflow-visible lg:px-0">
        {options.map((option) => (
          <li key={option.slug} className="shrink-0">
            <FacetChip option={option} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function FacetChip({ option }: { option: FacetOption }) {
  const count = <ChipCount count={option.count} />;
  if (option.count === 0 && !option.selected) {
    return (
      <span className="facet-chip facet-chip-empty">
        {option.name}
        {count}
        <span className="sr-only">（当前条件下无报道）</span>
      </span>
    );
  }
  return (
    <AppLink
      to={option.href}
      state="stay-in-place"
      aria-current={option.selected ? 'true' : undefined}
      className={`facet-chip ${option.selected ? 'facet-chip-selected' : 'facet-chip-open'}`}
    >
      {option.selected && <span aria-hidden="true">✓</span>}
      {option.name}
      {count}
      {option.selected && <span className="sr-only">（已选，再按一次取消）</span>}
    </AppLink>
  );
}

/**
 * Five digits wide whatever it holds (a theme of ten years passes 10,000): on most lists the
 * counts come after the page, and filling this slot then moves no chip. A bar holds it until then.
 */
function ChipCount({ count }: { count: number | undefined }) {
  if (count === undefined) {
    return (
      // As tall as a line of text-sm, so the slot itself stays put when its number replaces the bar.
      <span aria-hidden="true" className="facet-count facet-count-pending">
        <span className="facet-count-bar" />
      </span>
    );
  }
  return (
    <span className="facet-count opacity-80">
      {count}
      <span className="sr-only"> 篇</span>
    </span>
  );
}
