import { useState } from 'react';
import { canSaveOffline, saveDocuments } from '../../lib/offline-documents';
import { articlePath } from '../../site/paths';
import { siteUrl } from '../../site/site-url';
import { isSaved, withoutSaved, withSaved } from './library-model';
import type { SavedArticle } from './library-schema';
import { updateLibrary, useLibrary } from './library-store';

type OfflineState = 'idle' | 'saving' | 'saved' | 'failed';

const statusText: Record<OfflineState, string> = {
  idle: '',
  saving: '正在保存到本机…',
  saved: '已收藏，没有网络时也能阅读',
  failed: '已收藏；保存到本机未成功，联网时仍可阅读',
};

/**
 * 收藏: keeps the article in /saved/ and, where the browser can, its page and its photos (at the
 * size this screen shows them) in the offline caches.
 * The name stays 收藏 and aria-pressed says whether it is on, as a toggle button should.
 */
export function SaveToggle({
  article,
  compact = false,
}: {
  article: Omit<SavedArticle, 'savedAt'>;
  compact?: boolean;
}) {
  const saved = isSaved(useLibrary(), article.id);
  const [offline, setOffline] = useState<OfflineState>('idle');

  const toggle = () => {
    if (saved) {
      updateLibrary((library) => withoutSaved(library, article.id));
      setOffline('idle');
      return;
    }
    updateLibrary((library) => withSaved(library, { ...article, savedAt: Date.now() }));
    if (!canSaveOffline()) return;
    setOffline('saving');
    const url = siteUrl(articlePath(article.id, article.date));
    // Its photos' code comes only when a reader saves: the page, saved first, names them.
    saveDocuments([url])
      .then(() => import('../../lib/offline-photos'))
      .then((photos) => photos.saveArticlePhotos([url]))
      .then(
        () => setOffline('saved'),
        () => setOffline('failed'),
      );
  };

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-pressed={saved}
        onClick={toggle}
        className={`inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-full border px-3 text-sm ${
          saved
            ? 'border-accent bg-accent-soft font-semibold text-accent'
            : 'border-line hover:border-accent hover:text-accent'
        }`}
      >
        <span aria-hidden="true">{saved ? '★' : '☆'}</span>
        {/* In a list, each toggle names its article: ten buttons called 收藏 say nothing. */}
        {compact ? <span className="sr-only">收藏《{article.title}》</span> : <span>收藏</span>}
      </button>
      {!compact && (
        <span role="status" className="text-sm text-muted">
          {saved ? statusText[offline] : ''}
        </span>
      )}
    </span>
  );
}
