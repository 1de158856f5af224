import type { ArticleSummary, Terms } from '../../archive/view-schema';
import { TermChip } from '../../components/TermChip';
import { listPath } from '../../site/paths';
import { termName } from '../../text/term-name';

interface ArticleMetaProps {
  article: Pick<ArticleSummary, 'districts' | 'themes'>;
  terms: Terms;
}

/** District and theme chips, each a link to the list filtered by it. */
export function ArticleChips({ article, terms }: ArticleMetaProps) {
  const chips = [
    ...article.districts.map((slug) => ({
      tone: 'district' as const,
      to: listPath({ district: slug }),
      name: termName(terms.districts, slug),
    })),
    ...article.themes.map((slug) => ({
      tone: 'theme' as const,
      to: listPath({ theme: slug }),
      name: termName(terms.themes, slug),
    })),
  ];
  return (
    <ul className="flex flex-wrap gap-2" aria-label="区域与主题">
      {chips.map(({ tone, to, name }) => (
        <li key={to}>
          <TermChip tone={tone} to={to}>
            {name}
          </TermChip>
        </li>
      ))}
    </ul>
  );
}
