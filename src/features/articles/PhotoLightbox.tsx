import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { PhotoPicture } from '../../components/PhotoPicture';
import { stayInPlaceState } from '../../lib/navigation-state';
import type { PublishedPhoto } from '../../photos/published-photo';

/** Marks the photo button that opened the lightbox, to give focus back to it. */
export const PHOTO_BUTTON_ATTRIBUTE = 'data-photo';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Which photo is open full-screen: it lives in history state, so the phone's back button (or
 * Esc, or a tap) closes it, and the article keeps its scroll position underneath.
 */
export function useOpenPhoto(): { open: number | undefined; show: (index: number) => void; close: () => void } {
  const location = useLocation();
  const navigate = useNavigate();
  const state: unknown = location.state;
  const open = isRecord(state) && Number.isInteger(state.photo) ? Number(state.photo) : undefined;
  return {
    open,
    show: (index) =>
      navigate(location, { state: { ...(isRecord(state) ? state : {}), ...stayInPlaceState, photo: index } }),
    close: () => navigate(-1),
  };
}

/**
 * One photo over the whole screen, at the largest size the screen takes, with its description
 * along the bottom; pinch to zoom.
 */
export function PhotoLightbox({
  photo,
  index,
  onClose,
}: {
  photo: PublishedPhoto;
  index: number;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
      document.querySelector<HTMLElement>(`[${PHOTO_BUTTON_ATTRIBUTE}="${index}"]`)?.focus();
    };
  }, [index]);
  const fallback = photo.jpeg.at(-1);
  return (
    // Esc (the dialog's cancel), a tap on the photo, or back closes it.
    <dialog
      ref={dialog}
      aria-label={photo.description}
      data-full-screen
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-0 size-full max-h-none max-w-none bg-black p-0 text-white backdrop:bg-black"
    >
      <button
        type="button"
        onClick={onClose}
        aria-label="关闭大图"
        className="relative block size-full cursor-zoom-out focus-visible:outline-2 focus-visible:-outline-offset-4 focus-visible:outline-white"
      >
        <PhotoPicture
          photo={photo}
          sizes="100vw"
          src={fallback?.path}
          alt={photo.description}
          className="size-full object-contain"
        />
        <span aria-hidden="true" className="absolute top-3 right-3 rounded-full bg-black/70 px-4 py-2">
          关闭
        </span>
      </button>
      {/*
       * Over the photo's foot, or the black below it; a tap on it goes through to the button and
       * closes. Screen readers have it already as the dialog's name.
       */}
      <p
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 bottom-0 bg-black/70 px-4 py-3 text-center text-sm leading-relaxed"
      >
        {photo.description}
      </p>
    </dialog>
  );
}
