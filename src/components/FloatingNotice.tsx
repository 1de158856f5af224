import type { ReactNode } from 'react';

const FLOATING =
  'fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-md flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-surface p-3 shadow-lg print:hidden';

interface FloatingNoticeProps {
  /** A name for an offer the reader may act on (an `aside`); without one, a status the page announces. */
  label?: string;
  children: ReactNode;
}

/** A notice that floats at the foot of the screen, over the page: 网站已更新, 已回到上次读到的位置, 继续阅读. */
export function FloatingNotice({ label, children }: FloatingNoticeProps) {
  return label === undefined ? (
    <div role="status" className={FLOATING}>
      {children}
    </div>
  ) : (
    <aside aria-label={label} className={FLOATING}>
      {children}
    </aside>
  );
}
