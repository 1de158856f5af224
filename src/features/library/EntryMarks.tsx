import { useLibrary } from './library-store';
import { SaveToggle } from './SaveToggle';
import { type SavableArticle, savedEntryOf } from './saved-entry';

/**
 * What a list entry shows of the reader's library: 已读 for an article they opened (the card
 * quiets its title, see ArticleCard) and the 收藏 toggle.
 */
export function EntryMarks({ article }: { article: SavableArticle }) {
  const read = useLibrary().read[article.id] !== undefined;
  return (
    // Never squeezed by the chips beside it: its placeholder is not either, so nothing moves when it arrives.
    <span className="inline-flex shrink-0 items-center gap-2">
      {read && (
        <span data-read className="rounded-full bg-skeleton px-2 py-0.5 text-xs text-muted">
          已读
        </span>
      )}
      <SaveToggle article={savedEntryOf(article)} compact />
    </span>
  );
}
