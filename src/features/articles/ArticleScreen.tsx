import type { ReactNode } from 'react';
import type { ArticleView } from '../../archive/view-schema';
import { PhotoBadge } from '../../components/PhotoBadge';
import { ScreenHeading } from '../../components/ScreenHeading';
import type { Article } from '../../content/schema';
import { AppLink } from '../../lib/app-link';
import { articleTitleAttributes } from '../../lib/article-blocks';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useIsClient } from '../../lib/use-is-client';
import { SITE_NAME } from '../../site/head';
import { articlePath, editionPageHref } from '../../site/paths';
import { siteUrl } from '../../site/site-url';
import { bylineText } from '../../text/credit-line';
import { editionLabel } from '../../text/edition-label';
import { ArticleBody } from './ArticleBody';
import { ArticleChips } from './ArticleMeta';
import { ArticleNavigation, BackToList } from './ArticleNavigation';

/** `tools`: what the app puts under the article's header (the reader's tools). */
export function ArticleScreen({ view, tools }: { view: ArticleView; tools?: ReactNode }) {
  // The title alone: the rest of articleMeta (its description) is for the prerendered head and stays out of the app's JS.
  useDocumentTitle(view.article.title);
  return (
    <article className="mx-auto max-w-measure" aria-labelledby={articleTitleAttributes.id}>
      <BackToList />
      <ArticleHeader view={view} />
      {tools && <div className="mt-4 print:hidden">{tools}</div>}
      <ArticleBody view={view} />
      <PrintedSource view={view} />
      <ArticleNavigation previous={view.previous} next={view.next} />
    </article>
  );
}

/** On paper only: where the text comes from and where to read it online. */
function PrintedSource({ view: { article } }: { view: ArticleView }) {
  const path = siteUrl(articlePath(article.id, article.page.date));
  // The page's own address, once the browser knows its origin (the prerendered page prints the path).
  const url = useIsClient() ? new URL(path, window.location.origin).href : path;
  return (
    <p className="mt-8 hidden border-t border-line pt-3 text-sm print:block">
      来源：{SITE_NAME} · {editionLabel(article.page)}
      <br />
      网址：{url}
    </p>
  );
}

/** 2023年3月8日 星期三 · 第4版 工会新闻, linking to that 版面; or 日期未注明. */
function EditionLine({ page }: { page: Article['page'] }) {
  const label = editionLabel(page);
  if (page.date === undefined || page.number === undefined) return <p className="text-sm text-muted">{label}</p>;
  return (
    <p className="text-sm text-muted">
      <AppLink
        to={editionPageHref(page.date, page.number)}
        className="inline-flex min-h-11 items-center hover:text-accent hover:underline"
      >
        {label}
      </AppLink>
    </p>
  );
}

function ArticleHeader({ view: { article, terms } }: { view: ArticleView }) {
  const byline = bylineText(article);
  return (
    <header className="mt-4 border-b border-line pb-6">
      <EditionLine page={article.page} />
      {article.page.banner && <p className="mt-1 text-sm font-semibold text-accent">{article.page.banner}</p>}
      {article.kind === 'photo' && (
        <p className="mt-3">
          <PhotoBadge />
        </p>
      )}
      <ScreenHeading className="mt-3 text-2xl leading-snug sm:text-3xl">
        <span {...articleTitleAttributes}>{article.title}</span>
      </ScreenHeading>
      {article.subtitle && <p className="mt-2 text-lg text-muted">{article.subtitle}</p>}
      <p className="mt-4 text-sm text-muted">
        {byline && <span>{byline}</span>}
        {byline && <span aria-hidden="true"> · </span>}
        <span>
          {article.chars} 字 · 约 {article.readingMinutes} 分钟读完
        </span>
      </p>
      <div className="mt-4 print:hidden">
        <ArticleChips article={article} terms={terms} />
      </div>
    </header>
  );
}
