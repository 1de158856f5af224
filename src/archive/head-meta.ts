import type { Term } from '../content/term-schema';
import { sharePicture } from '../photos/share-picture';
import { type HeadMeta, SITE_DESCRIPTION, SITE_NAME } from '../site/head';
import { articlePath, listPath } from '../site/paths';
import { excerptOf } from '../text/excerpt';
import { termName } from '../text/term-name';
import type { ArticleView, ListView } from './view-schema';

export function filterLabel(
  terms: { districts: Term[]; themes: Term[] },
  { district, theme }: ListView['filter'],
): string | undefined {
  const names = [district && termName(terms.districts, district), theme && termName(terms.themes, theme)];
  return names.filter(Boolean).join(' · ') || undefined;
}

export function listMeta(view: ListView): HeadMeta {
  const label = filterLabel(view, view.filter);
  const page = view.page === undefined ? '' : `（第${view.page}页）`;
  return {
    title: `${label ?? '全部报道'}${page}`,
    description: label
      ? `${SITE_NAME}：${label}相关报道${view.total === undefined ? '' : ` ${view.total} 篇`}。`
      : SITE_DESCRIPTION,
    path: listPath(view.filter, view.page),
    type: 'website',
  };
}

export function articleMeta({ article, terms, photos }: ArticleView): HeadMeta {
  const themes = article.themes.map((slug) => termName(terms.themes, slug));
  const districts = article.districts.map((slug) => termName(terms.districts, slug));
  const image = photos?.[0] && sharePicture(photos[0]);
  return {
    ...(image ? { image } : {}),
    title: article.title,
    description: excerptOf(article.paragraphs[0] ?? article.title),
    path: articlePath(article.id, article.page.date),
    type: 'article',
    section: themes[0],
    tags: [...districts, ...themes],
  };
}

export const notFoundMeta: HeadMeta = {
  title: '页面不存在',
  description: '您要找的报道、区域或主题不存在。',
  path: '/404.html',
  type: 'website',
};
