import { useState } from 'react';
import { Link } from 'react-router';
import { articlePath } from '../../site/paths';
import { lastUnfinished } from './library-model';
import { useLibrary } from './library-store';

/** Dismissed offers stay dismissed for the rest of the visit. */
const dismissed = new Set<string>();

/** 继续阅读: the list offers the article the reader last left part-way. */
export function ContinueReading() {
  const last = lastUnfinished(useLibrary());
  const [, setDismissals] = useState(0);
  if (!last || dismissed.has(last.id)) return null;
  return (
    <aside
      aria-label="继续阅读"
      className="fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-md items-center gap-3 rounded-lg border border-line bg-surface p-3 shadow-lg print:hidden"
    >
      <Link to={articlePath(last.id)} className="min-w-0 flex-1 rounded hover:text-accent">
        <span className="block text-sm text-muted">
          继续阅读 · 读到第 {last.paragraph + 1}/{last.paragraphs} 段
        </span>
        <span className="block truncate font-semibold">{last.title}</span>
      </Link>
      <button
        type="button"
        onClick={() => {
          dismissed.add(last.id);
          setDismissals((count) => count + 1);
        }}
        className="min-h-11 shrink-0 rounded-full px-3 text-sm text-muted hover:text-accent"
      >
        <span aria-hidden="true">✕</span>
        <span className="sr-only">不再提示</span>
      </button>
    </aside>
  );
}
