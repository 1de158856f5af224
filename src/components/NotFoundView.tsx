import { notFoundMeta } from '../archive/head-meta';
import { AppLink } from '../lib/app-link';
import { useDocumentTitle } from '../lib/use-document-title';
import { buttonClass } from './Button';
import { ScreenHeading } from './ScreenHeading';

export function NotFoundView() {
  useDocumentTitle(notFoundMeta.title);
  return (
    <div className="mx-auto max-w-measure py-12 text-center">
      <p className="font-serif text-5xl font-bold text-accent" aria-hidden="true">
        404
      </p>
      <ScreenHeading className="mt-4 text-2xl">{notFoundMeta.title}</ScreenHeading>
      <p className="mt-3 text-muted">您要找的报道、区域或主题不存在，可能已被移除或链接有误。</p>
      <AppLink to="/" className={`mt-6 ${buttonClass()}`}>
        返回全部报道
      </AppLink>
    </div>
  );
}
