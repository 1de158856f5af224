import { useState } from 'react';
import { SettingsDialog } from './SettingsDialog';

/** Opens 阅读设置: text size, typeface, theme and line spacing. */
export function SettingsButton({ className = '' }: { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className={`inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-full px-3 text-sm hover:text-accent ${className}`}
      >
        <span aria-hidden="true" className="font-serif font-bold">
          Aa
        </span>
        {/* On a phone's narrow header the "Aa" alone; its name stays for screen readers. */}
        <span className="sr-only sm:not-sr-only">阅读设置</span>
      </button>
      {open && <SettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
