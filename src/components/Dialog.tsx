import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Closes the dialog it is in the browser's own way (a form of method "dialog"), so focus goes back
 * to the control that opened it before the dialog leaves the page.
 */
export function CloseDialogButton({ className, children }: { className: string; children: ReactNode }) {
  return (
    <form method="dialog" className="contents">
      <button type="submit" className={`min-h-11 rounded-full ${className}`}>
        {children}
      </button>
    </form>
  );
}

/**
 * A modal dialog on the browser's own <dialog>: it keeps focus inside, closes on Esc, and hands
 * focus back to the control that opened it. Rendered only while open.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // A tap on the backdrop (the dialog element itself, outside its box) closes it; Esc is the
    // keyboard's way, which the browser's dialog already has.
    const closeOnBackdrop = (event: MouseEvent) => event.target === dialog && dialog.close();
    dialog.addEventListener('click', closeOnBackdrop);
    dialog.showModal();
    return () => {
      dialog.removeEventListener('click', closeOnBackdrop);
      dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] max-h-[calc(100dvh-2rem)] overflow-y-auto rounded-xl border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50"
    >
      <div className="p-5 sm:p-6">
        <div className="flex items-center justify-between gap-4">
          <h2 id={titleId} className="font-serif text-xl font-bold">
            {title}
          </h2>
          <CloseDialogButton className="min-w-11 shrink-0 px-3 whitespace-nowrap text-muted hover:bg-accent-soft hover:text-accent">
            关闭
          </CloseDialogButton>
        </div>
        <div className="mt-4">{children}</div>
      </div>
    </dialog>
  );
}
