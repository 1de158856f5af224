import { Button } from './Button';

interface ErrorNoticeProps {
  onRetry: () => void;
  /** What failed to load, when it is not the page's content. */
  title?: string;
}

export function ErrorNotice({ onRetry, title = '内容加载失败' }: ErrorNoticeProps) {
  return (
    <div role="alert" className="rounded-lg border border-line bg-surface p-5">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-muted">请检查网络连接后重试。</p>
      <Button className="mt-4" onClick={onRetry}>
        重新加载
      </Button>
    </div>
  );
}
