import { useEffect, useMemo, useState } from 'react';
import type { ContentIndex } from '../../content/site-schema';
import { siteUrl } from '../../lib/site-url';
import { canSaveOffline, countSaved, SAVE_ALL_LIMIT_BYTES, saveForOffline } from './save-articles';

type SaveState = { kind: 'waiting' } | { kind: 'idle' } | { kind: 'saving'; saved: number } | { kind: 'saved' } | { kind: 'failed' };

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Offers to keep every article on the device, when the whole archive is small enough to be worth
 * it. The prerendered page already holds the box (with the button disabled until the app runs),
 * so it never pushes the page around when it appears.
 */
export function SaveForOffline({ index }: { index: ContentIndex }) {
  const urls = useMemo(() => index.articles.map((article) => siteUrl(article.dataFile)), [index]);
  const [state, setState] = useState<SaveState>({ kind: 'waiting' });
  const [supported, setSupported] = useState(true);

  useEffect(() => {
    if (!canSaveOffline()) {
      setSupported(false);
      return;
    }
    setState({ kind: 'idle' });
    void countSaved(urls).then((saved) => saved === urls.length && setState({ kind: 'saved' }));
  }, [urls]);

  if (!supported || index.articleBytes > SAVE_ALL_LIMIT_BYTES) return null;

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
      {/* One line, always there, so a change of state moves nothing. */}
      <div className="mt-4 flex min-h-11 items-center" role="status">
        {state.kind === 'saved' && <p className="font-semibold text-accent">全部报道已保存，可离线阅读</p>}
        {state.kind === 'saving' && (
          <p>
            正在保存… {state.saved}/{urls.length}
          </p>
        )}
        {(state.kind === 'waiting' || state.kind === 'idle' || state.kind === 'failed') && (
          <button
            type="button"
            onClick={save}
            disabled={state.kind === 'waiting'}
            className="min-h-11 rounded-full bg-accent px-5 font-semibold text-accent-ink hover:opacity-90 disabled:cursor-wait"
          >
            {state.kind === 'failed' ? '保存失败，重试' : `离线保存全部报道（${formatSize(index.articleBytes)}）`}
          </button>
        )}
      </div>
    </section>
  );
}
