import type { MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ArticleSummary } from '../../content/site-schema';
import { readFromList, type FromList } from '../../lib/navigation-state';
import { articlePath } from '../../lib/routes';

/**
 * Back to the list the reader came from. Stepping back through history (rather than pushing
 * the list again) brings back its filters and its scroll position; a deep link falls back to "/".
 */
export function BackToList() {
  const location = useLocation();
  const navigate = useNavigate();
  const fromList = readFromList(location.state);

  const stepBack = (event: MouseEvent) => {
    if (!fromList) return;
    event.preventDefault();
    void navigate(-fromList.stepsFromList);
  };

  return (
    <Link
      to={fromList?.listHref ?? '/'}
      onClick={stepBack}
      className="-ml-2 inline-flex min-h-11 items-center rounded px-2 text-accent hover:underline"
    >
      <span aria-hidden="true">←&nbsp;</span>返回列表
    </Link>
  );
}

interface ArticleNavigationProps {
  previous: ArticleSummary | undefined;
  next: ArticleSummary | undefined;
}

export function ArticleNavigation({ previous, next }: ArticleNavigationProps) {
  const location = useLocation();
  const fromList = readFromList(location.state);
  // One more step away from the list, so "back to the list" still lands on it.
  const state: FromList | undefined = fromList && { ...fromList, stepsFromList: fromList.stepsFromList + 1 };

  return (
    <nav aria-label="上一篇与下一篇" className="mt-10 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
      {previous ? <NeighbourLink article={previous} label="上一篇" state={state} /> : <span />}
      {next && <NeighbourLink article={next} label="下一篇" state={state} alignEnd />}
    </nav>
  );
}

interface NeighbourLinkProps {
  article: ArticleSummary;
  label: string;
  state: FromList | undefined;
  alignEnd?: boolean;
}

function NeighbourLink({ article, label, state, alignEnd = false }: NeighbourLinkProps) {
  return (
    <Link
      to={articlePath(article.id)}
      state={state}
      className={`block min-h-11 rounded-lg border border-line bg-surface p-4 hover:border-accent ${alignEnd ? 'sm:col-start-2 sm:text-right' : ''}`}
    >
      <span className="block text-sm text-muted">{label}</span>
      <span className="mt-1 block font-serif font-semibold">{article.title}</span>
    </Link>
  );
}
