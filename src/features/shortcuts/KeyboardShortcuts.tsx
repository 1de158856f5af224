import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { isShortcut } from '../../lib/keyboard';

/** The site's shortcuts, as the help dialog lists them. */
export const SHORTCUTS = [
  { keys: ['/'], does: '跳到搜索框' },
  { keys: ['←'], does: '上一篇（报道页）；前一期（版面页）' },
  { keys: ['→'], does: '下一篇（报道页）；后一期（版面页）' },
  { keys: ['?'], does: '显示本帮助' },
  { keys: ['Esc'], does: '关闭对话框' },
] as const;

/** The page's own previous and next links (NeighbourLinks marks them with rel). */
const follow = (rel: 'prev' | 'next') => document.querySelector<HTMLAnchorElement>(`main a[rel="${rel}"]`)?.click();

/**
 * ← and → follow the page's previous and next links; ? opens the list of shortcuts. None fires
 * while the reader types in a field or a dialog is open.
 */
export function KeyboardShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      if (event.key === '?') setHelpOpen(true);
      else if (event.key === 'ArrowLeft' && !event.shiftKey) follow('prev');
      else if (event.key === 'ArrowRight' && !event.shiftKey) follow('next');
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (!helpOpen) return null;
  return (
    <Dialog title="键盘快捷键" onClose={() => setHelpOpen(false)}>
      <table className="w-full text-left">
        <thead>
          <tr className="border-b border-line text-sm text-muted">
            <th scope="col" className="py-2 pr-4 font-normal">
              按键
            </th>
            <th scope="col" className="py-2 font-normal">
              作用
            </th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, does }) => (
            <tr key={keys.join()} className="border-b border-line">
              <td className="py-2 pr-4">
                {keys.map((key) => (
                  <kbd key={key} className="rounded border border-line bg-paper px-2 py-0.5 font-sans">
                    {key}
                  </kbd>
                ))}
              </td>
              <td className="py-2">{does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 text-sm text-muted">在搜索框等输入框里打字时，快捷键不起作用。</p>
    </Dialog>
  );
}
