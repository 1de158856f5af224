import { useEffect, useMemo, useState } from 'react';
import type { ContentIndex } from '../../content/site-schema';
import { siteUrl } from '../../lib/site-url';
import { canSaveOffline, countSaved, SAVE_ALL_LIMIT_BYTES, saveForOffline } from './save-articles';

type SaveState = { kind: 'unsupported' } | { kind: 'idle' } | { kind: 'saving'; saved: number } | { kind: 'saved' } | { kind: 'failed' };

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Offers to keep every article on the device, when the whole archive is small enough to be worth it. */
export function SaveForOffline({ index }: { index: ContentIndex }) {
  const urls = useMemo(() => index.articles.map((article) => siteUrl(article.dataFile)), [index]);
  const [state, setState] = useState<SaveState>({ kind: 'unsupported' });

  useEffect(() => {
    if (!canSaveOffline() || index.articleBytes > SAVE_ALL_LIMIT_BYTES) return;
    setState({ kind: 'idle' });
    void countSaved(urls).then((saved) => saved === urls.length && setState({ kind: 'saved' }));
  }, [index, urls]);

  if (state.kind === 'unsupported') return null;

  const save = () => {
    setState({ kind: 'saving', saved: 0 });
    saveForOffline(urls, (saved) => setState({ kind: 'saving', saved })).then(
      () => setState({ kind: 'saved' }),
      () => setState({ kind: 'failed' }),
    );
  };

  return (
    <section aria-labelledby="offline-heading" className="mt-8 rounded-lg border border-line bg-surface p-5">
      <h2 id="offline-heading" className="font-serif text-lg font-bold">
        离线阅读
      </h2>
      <p className="mt-1 text-muted">
        把全部 {urls.length} 篇报道保存到本机，没有网络时也能阅读（约 {formatSize(index.articleBytes)}）。
      </p>
      <div className="mt-4" role="status">
        {state.kind === 'saved' && <p className="font-semibold text-accent">全部报道已保存，可离线阅读</p>}
        {state.kind === 'saving' && (
          <p>
            正在保存… {state.saved}/{urls.length}
          </p>
        )}
        {state.kind === 'failed' && <p>保存失败，请联网后重试。</p>}
      </div>
      {(state.kind === 'idle' || state.kind === 'failed') && (
        <button
          type="button"
          onClick={save}
          className="mt-2 min-h-11 rounded-full bg-accent px-5 font-semibold text-accent-ink hover:opacity-90"
        >
          离线保存全部报道（{formatSize(index.articleBytes)}）
        </button>
      )}
    </section>
  );
}
