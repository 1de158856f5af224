import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { viewQuery } from '../../archive/view-query';
import type { EditionView } from '../../archive/view-schema';
import { canSaveOffline, countSaved, saveDocuments } from '../../lib/offline-documents';
import { editionPath } from '../../site/paths';
import { formatEditionDate } from '../../text/dates';
import { editionUrls } from './edition-urls';

type SaveState =
  | { kind: 'waiting' }
  | { kind: 'idle' }
  | { kind: 'saving'; saved: number; total: number }
  | { kind: 'saved' }
  | { kind: 'failed' };

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface SaveEditionProps {
  date: string;
  /** What the edition's pages weigh together, as the build wrote them. */
  bytes: number;
  /** The edition's view when the screen already has it (the edition page); fetched on demand otherwise. */
  view?: EditionView;
  /** "本期" on the edition's own page, its date elsewhere. */
  label: string;
}

/**
 * Keeps a whole edition on the device: the day, its 版面 and every article. The prerendered page
 * already holds the box (its button disabled until the app runs), so it never pushes the page
 * around when it appears.
 */
export function SaveEdition({ date, bytes, view, label }: SaveEditionProps) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'waiting' });
  const [supported, setSupported] = useState(true);

  useEffect(() => {
    if (!canSaveOffline()) {
      setSupported(false);
      return;
    }
    setState({ kind: 'idle' });
    if (!view) return;
    const urls = editionUrls(view);
    void countSaved(urls).then((saved) => saved === urls.length && setState({ kind: 'saved' }));
  }, [view]);

  if (!supported) return null;

  const save = async () => {
    const edition = view ?? (await queryClient.fetchQuery(viewQuery(editionPath(date))));
    if (edition?.kind !== 'edition') throw new Error(`no edition for ${date}`);
    const urls = editionUrls(edition);
    setState({ kind: 'saving', saved: 0, total: urls.length });
    await saveDocuments(urls, (saved) => setState({ kind: 'saving', saved, total: urls.length }));
    setState({ kind: 'saved' });
  };

  return (
    <section aria-labelledby="offline-heading" className="mt-8 rounded-lg border border-line bg-surface p-5">
      <h2 id="offline-heading" className="font-serif text-lg font-bold">
        离线阅读
      </h2>
      <p className="mt-1 text-muted">
        把{label}（{formatEditionDate(date)}）的全部版面和报道保存到本机，没有网络时也能阅读（约 {formatSize(bytes)}）。
      </p>
      {/* One line, always there, so a change of state moves nothing. */}
      <div className="mt-4 flex min-h-11 items-center" role="status">
        {state.kind === 'saved' && <p className="font-semibold text-accent">{label}已保存，可离线阅读</p>}
        {state.kind === 'saving' && (
          <p>
            正在保存… {state.saved}/{state.total}
          </p>
        )}
        {(state.kind === 'waiting' || state.kind === 'idle' || state.kind === 'failed') && (
          <button
            type="button"
            onClick={() => void save().catch(() => setState({ kind: 'failed' }))}
            disabled={state.kind === 'waiting'}
            className="min-h-11 rounded-full bg-accent px-5 font-semibold text-accent-ink hover:opacity-90 disabled:cursor-wait"
          >
            {state.kind === 'failed' ? '保存失败，重试' : `离线保存${label}（${formatSize(bytes)}）`}
          </button>
        )}
      </div>
    </section>
  );
}
