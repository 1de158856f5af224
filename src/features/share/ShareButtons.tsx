import { Suspense, useState } from 'react';
import { QrDialog, qrDialog } from './qr-dialog.on-demand';

type CopyState = 'idle' | 'copied' | 'failed';

const canShareNatively = () => typeof navigator.share === 'function';

/**
 * 分享: the system share sheet where the browser has one (phones); elsewhere the link is copied,
 * with a confirmation the reader can see and a screen reader hears. On wide screens, 手机扫码阅读.
 */
export function ShareButtons({ url, title }: { url: string; title: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  const [qrOpen, setQrOpen] = useState(false);

  const share = async () => {
    if (canShareNatively()) {
      // A reader who closes the sheet is not an error.
      await navigator.share({ title, url }).catch(() => undefined);
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void share()}
        className="min-h-11 rounded-full border border-line px-4 text-sm hover:border-accent hover:text-accent"
      >
        分享
      </button>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setQrOpen(true)}
        onPointerEnter={() => void qrDialog.preload()}
        className="hidden min-h-11 rounded-full border border-line px-4 text-sm hover:border-accent hover:text-accent lg:inline-flex lg:items-center"
      >
        手机扫码阅读
      </button>
      <span role="status" className="text-sm text-muted">
        {copy === 'copied' ? '链接已复制' : copy === 'failed' ? `请复制链接：${url}` : ''}
      </span>
      {qrOpen && (
        <Suspense fallback={null}>
          <QrDialog url={url} title={title} onClose={() => setQrOpen(false)} />
        </Suspense>
      )}
    </span>
  );
}
