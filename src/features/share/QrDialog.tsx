import { Dialog } from '../../components/Dialog';
import { qrPath } from './qr-path';

/** 手机扫码阅读: the article's URL as a QR code, for a desktop reader to carry it to a phone. */
export function QrDialog({ url, title, onClose }: { url: string; title: string; onClose: () => void }) {
  const { size, path } = qrPath(url);
  // A quiet zone of four modules round the code, as scanners expect.
  const quiet = 4;
  return (
    <Dialog title="手机扫码阅读" onClose={onClose}>
      <p className="text-muted">用手机相机或微信扫一扫，在手机上继续读《{title}》。</p>
      <svg
        role="img"
        aria-label={`二维码：${url}`}
        viewBox={`${-quiet} ${-quiet} ${size + quiet * 2} ${size + quiet * 2}`}
        shapeRendering="crispEdges"
        className="mx-auto mt-4 block size-56 rounded bg-white"
      >
        <path d={path} fill="#000" />
      </svg>
      <p className="mt-3 text-center text-sm break-all text-muted">{url}</p>
    </Dialog>
  );
}
