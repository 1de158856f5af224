import { useState } from 'react';
import { savedMeta } from '../../archive/screen-head-meta';
import { Button } from '../../components/Button';
import { ScreenHeading } from '../../components/ScreenHeading';
import { SkeletonBlock } from '../../components/SkeletonBlock';
import { AppLink } from '../../lib/app-link';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useIsClient } from '../../lib/use-is-client';
import { articlePath } from '../../site/paths';
import { siteUrl } from '../../site/site-url';
import { withoutHistory } from './library-model';
import type { Library } from './library-schema';
import { updateLibrary, useLibrary } from './library-store';
import { SaveToggle } from './SaveToggle';

const savedOn = (time: number) =>
  new Date(time).toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

/** `/saved/`: the reader's 收藏, newest saved first, and their reading history. Both live in this browser only. */
export function SavedScreen() {
  useDocumentTitle(savedMeta.title);
  const isClient = useIsClient();
  const library = useLibrary();
  return (
    <div className="mx-auto max-w-3xl">
      <ScreenHeading className="text-2xl sm:text-3xl">我的收藏</ScreenHeading>
      <noscript>
        <p className="mt-4 rounded-lg border border-line bg-surface p-5">
          收藏保存在本机浏览器中，需要启用 JavaScript 才能显示。您仍可以浏览
          <a href={siteUrl('/')} className="text-accent underline">
            最新报道
          </a>
          。
        </p>
      </noscript>
      {isClient ? <SavedList library={library} /> : <SkeletonBlock className="mt-6 h-24 w-full" />}
      {isClient && <ReadingHistory library={library} />}
    </div>
  );
}

function SavedList({ library }: { library: Library }) {
  if (library.saved.length === 0) {
    return (
      <p className="mt-4 text-muted">还没有收藏的报道。在报道页点“收藏”，就能在这里找到它，没有网络时也能阅读。</p>
    );
  }
  return (
    <>
      <p className="mt-2 text-muted" role="status">
        共 {library.saved.length} 篇，最近收藏的在前
      </p>
      <ul className="mt-4 divide-y divide-line border-y border-line">
        {library.saved.map((entry) => (
          <li key={entry.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-5">
            <div className="min-w-0 flex-1">
              <h2 className="font-serif text-xl leading-snug font-bold">
                <AppLink to={articlePath(entry.id, entry.date)} className="hover:text-accent hover:underline">
                  {entry.title}
                </AppLink>
              </h2>
              {entry.subtitle && <p className="mt-1 text-muted">{entry.subtitle}</p>}
              <p className="mt-2 text-sm text-muted">
                {entry.edition}
                <span aria-hidden="true"> · </span>
                <span className="whitespace-nowrap">{savedOn(entry.savedAt)}收藏</span>
              </p>
            </div>
            <SaveToggle article={entry} compact />
          </li>
        ))}
      </ul>
    </>
  );
}

/** 阅读记录: how many articles carry 已读, and a way to forget them (saved articles stay). */
function ReadingHistory({ library }: { library: Library }) {
  const [confirming, setConfirming] = useState(false);
  const count = Object.keys(library.read).length;
  return (
    <section aria-labelledby="history-heading" className="mt-10 rounded-lg border border-line bg-surface p-5">
      <h2 id="history-heading" className="font-serif text-lg font-bold">
        阅读记录
      </h2>
      <p className="mt-2 text-muted" role="status">
        {count > 0
          ? `已读 ${count} 篇。列表中读过的报道标有“已读”，读到一半的报道会回到上次的位置。`
          : '没有阅读记录。'}
      </p>
      {count > 0 && !confirming && (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="mt-3 min-h-11 rounded-full border border-line px-5 hover:border-accent hover:text-accent"
        >
          清除阅读记录
        </button>
      )}
      {confirming && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <span>清除全部已读标记和阅读位置？收藏不受影响。</span>
          <Button
            onClick={() => {
              updateLibrary(withoutHistory);
              setConfirming(false);
            }}
          >
            清除
          </Button>
          <button
            type="button"
            onClick={() => setConfirming(false)}
            className="min-h-11 rounded-full px-4 hover:text-accent"
          >
            取消
          </button>
        </div>
      )}
    </section>
  );
}
