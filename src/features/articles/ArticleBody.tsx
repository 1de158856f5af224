import { useQuery } from '@tanstack/react-query';
import type { ArticleSummary } from '../../content/site-schema';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ParagraphsSkeleton } from './ArticleSkeleton';
import { articleQuery } from './queries';

/** The article's paragraphs: the list index already gave the header, only the text is fetched here. */
export function ArticleBody({ summary }: { summary: ArticleSummary }) {
  const article = useQuery(articleQuery(summary));
  if (article.isPending) return <ParagraphsSkeleton />;
  if (article.isError) {
    return (
      <div className="mt-6">
        <ErrorNotice onRetry={() => void article.refetch()} />
      </div>
    );
  }
  return (
    <div className="mt-6 space-y-4 text-body">
      {article.data.paragraphs.map((paragraph, position) => (
        // Paragraphs have no identity of their own; their order never changes.
        <p key={position} className="indent-[2em] text-justify">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
