import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { viewQuery } from '../../archive/view-query';
import type { EditionView, OfflineSize } from '../../archive/view-schema';
import { canSaveOffline, saveDocuments } from '../../lib/offline-documents';
import { editionPath } from '../../site/paths';
import { formatEditionDate } from '../../text/dates';
import { formatFileSize } from '../../text/file-size';
import type { EditionPhotoSaving } from './edition-photos';
import { editionUrls } from './edition-urls';

type SaveState =
  | { kind: 'waiting' }
  | { kind: 'idle' }
  | { kind: 'saving'; photos: boolean; saved: number; total: number }
  | { kind: 'saved' }
  | { kind: 'failed' };

/** What this screen needs of the photos, and its code, come after the box (edition-photos.ts). */
const photoSaving = async () => (await import('./edition-photos')).editionPhotoSaving();

interface SaveEditionProps {
  date: string;
  /** What the edition's pages and photos weigh, as the build wrote them. */
  size: OfflineSize;
  /** The edition's view when the screen already has it (the edition page); fetched on demand otherwise. */
  view?: EditionView;
  /** "本期" on the edition's own page, its date elsewhere. */
  label: string;
}

/**
 * Keeps a whole edition on the device: the day, its 版面 and every article, with their photos at
 * the size this screen shows them. The prerendered page already holds the box (its button disabled
 * until the app runs), so it never pushes the page around when it appears. It says what the
 * documents weigh until the browser has said which photos it would show, then adds theirs.
 */
export function SaveEdition({ date, size, view, label }: SaveEditionProps) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'waiting' });
  const [supported, setSupported] = useState(true);
  const [photos, setPhotos] = useState<EditionPhotoSaving>();
  const bytes = photos ? photos.bytes(size) : size.bytes;

  useEffect(() => {
    if (!canSaveOffline()) {
      setSupported(false);
      return;
    }
    let current = true;
    photoSaving().then(
      async (found) => {
        if (!current) return;
        setPhotos(found);
        setState({ kind: 'idle' });
        if (view && (await found.isSaved(view)) && current) setState({ kind: 'saved' });
      },
      // Saving tries again; a failure then says so.
      () => current && setState({ kind: 'idle' }),
    );
    return () => {
      current = false;
    };
  }, [view]);

  if (!supported) return null;

  const save = async () => {
    const edition = view ?? (await queryClient.fetchQuery(viewQuery(editionPath(date))));
    if (edition?.kind !== 'edition') throw new Error(`no edition for ${date}`);
    const saving = photos ?? (await photoSaving());
    const urls = editionUrls(edition);
    setState({ kind: 'saving', photos: false, saved: 0, total: urls.length });
    await saveDocuments(urls, (saved) => setState({ kind: 'saving', photos: false, saved, total: urls.length }));
    await saving.save(edition, (saved, total) => setState({ kind: 'saving', photos: true, saved, total }));
    setState({ kind: 'saved' });
  };

  return (
    <section aria-labelledby="offline-heading" className="mt-8 rounded-lg border border-line bg-surface p-5">
      <h2 id="offline-heading" className="font-serif text-lg font-bold">
        离线阅读
      </h2>
      <p className="mt-1 text-muted">
        把{label}（{formatEditionDate(date)}）的全部版面和报道{size.photos ? '连同照片' : ''}
        保存到本机，没有网络时也能阅读（约 {formatFileSize(bytes)}）。
      </p>
      {/* One line, always there, so a change of state moves nothing. */}
      <div className="mt-4 flex min-h-11 items-center" role="status">
        {state.kind === 'saved' && <p className="font-semibold text-accent">{label}已保存，可离线阅读</p>}
        {state.kind === 'saving' && (
          <p>
            正在保存{state.photos ? '照片' : ''}… {state.saved}/{state.total}
          </p>
        )}
        {(state.kind === 'waiting' || state.kind === 'idle' || state.kind === 'failed') && (
          <button
            type="button"
            onClick={() => void save().catch(() => setState({ kind: 'failed' }))}
            disabled={state.kind === 'waiting'}
            className="min-h-11 rounded-full bg-accent px-5 font-semibold text-accent-ink hover:opacity-90 disabled:cursor-wait"
          >
            {state.kind === 'failed' ? '保存失败，重试' : `离线保存${label}（${formatFileSize(bytes)}）`}
          </button>
        )}
      </div>
    </section>
  );
}
