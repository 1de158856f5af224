import { offlineBytes } from '../../archive/offline-size';
import type { EditionView, OfflineSize } from '../../archive/view-schema';
import { countSaved } from '../../lib/offline-documents';
import { photoNeeds, photosSaved, savedPagePhotos, savePhotos, variantUrl } from '../../lib/offline-photos';
import { editionUrls } from './edition-urls';

/**
 * An edition's photos as this screen shows them: what they weigh, whether they are kept, keeping
 * them. Loaded on demand by SaveEdition, so that the box's own chunk stays as it was and the first
 * load names no new chunk.
 */
export interface EditionPhotoSaving {
  /** What saving the edition costs here: its documents, and its photos at this screen's size. */
  bytes(size: OfflineSize): number;
  /** Whether the edition's documents and photos are all kept. */
  isSaved(view: EditionView): Promise<boolean>;
  /** Keeps the edition's photos; its documents, which name its articles' photos, are saved first. */
  save(view: EditionView, onProgress: (saved: number, total: number) => void): Promise<void>;
}

export async function editionPhotoSaving(): Promise<EditionPhotoSaving> {
  const needs = await photoNeeds();
  /** The thumbnails of the edition's page, and its articles' photos, read from their saved pages. */
  const photoUrls = async (view: EditionView) => {
    const thumbnails = view.pages
      .flatMap((page) => page.articles)
      .map((article) => article.thumbnail && variantUrl(article.thumbnail, needs.thumbnail, needs))
      .filter((url) => url !== undefined);
    return [...new Set([...thumbnails, ...(await savedPagePhotos(editionUrls(view), needs))])];
  };
  return {
    bytes: (size) => offlineBytes(size, needs),
    async isSaved(view) {
      const urls = editionUrls(view);
      return (await countSaved(urls)) === urls.length && photosSaved(await photoUrls(view));
    },
    async save(view, onProgress) {
      const urls = await photoUrls(view);
      await savePhotos(urls, (saved) => onProgress(saved, urls.length));
    },
  };
}
