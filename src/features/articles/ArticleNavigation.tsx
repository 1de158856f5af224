import type { MouseEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ArticleLink } from '../../archive/view-schema';
import { BackLink } from '../../components/BackLink';
import { NeighbourLinks } from '../../components/NeighbourLinks';
import { readFromList } from '../../lib/navigation-state';
import { articlePath } from '../../site/paths';

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
    <BackLink to={fromList?.listHref ?? '/'} onClick={stepBack}>
      返回列表
    </BackLink>
  );
}

interface ArticleNavigationProps {
  previous: ArticleLink | undefined;
  next: ArticleLink | undefined;
}

export function ArticleNavigation({ previous, next }: ArticleNavigationProps) {
  const neighbour = (article: ArticleLink | undefined, label: string) =>
    article && { label, text: article.title, to: articlePath(article.id, article.date), state: 'along-list' as const };
  return (
    <NeighbourLinks name="上一篇与下一篇" previous={neighbour(previous, '上一篇')} next={neighbour(next, '下一篇')} />
  );
}
