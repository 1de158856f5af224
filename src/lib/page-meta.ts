import type { ArticleView, ListView, Term } from '../archive/view-schema';
import { excerptOf } from '../content/excerpt';
import { articlePath, listPath } from './routes';
import { termName } from './term-name';

export const SITE_NAME = '首都工会新闻';
export const SITE_DESCRIPTION = '首都工会新闻：北京各区工会动态、职工关爱、劳模工匠与女职工工作报道。';

/** What a page tells the browser tab, search engines and share previews about itself. */
export interface PageMeta {
  title: string;
  description: string;
  /** Route path, e.g. /articles/x/ (without the deployment base). */
  path: string;
  type: 'website' | 'article';
  /** For articles: the leading theme, and every district and theme name. */
  section?: string;
  tags?: string[];
}

export const pageLabel = ({ number, name }: { number: number; name?: string }) =>
  `第${number}版${name ? ` ${name}` : ''}`;

export const documentTitle = (pageTitle: string) => `${pageTitle} - ${SITE_NAME}`;

export function filterLabel(
  terms: { districts: Term[]; themes: Term[] },
  { district, theme }: ListView['filter'],
): string | undefined {
  const names = [district && termName(terms.districts, district), theme && termName(terms.themes, theme)];
  return names.filter(Boolean).join(' · ') || undefined;
}

export function listMeta(view: ListView): PageMeta {
  const label = filterLabel(view, view.filter);
  const page = view.page > 1 ? `（第${view.page}页）` : '';
  return {
    title: `${label ?? '全部报道'}${page}`,
    description: label ? `${SITE_NAME}：${label}相关报道 ${view.total} 篇。` : SITE_DESCRIPTION,
    path: listPath(view.filter, view.page),
    type: 'website',
  };
}

export function articleMeta({ article, terms }: ArticleView): PageMeta {
  const themes = article.themes.map((slug) => termName(terms.themes, slug));
  const districts = article.districts.map((slug) => termName(terms.districts, slug));
  return {
    title: article.title,
    description: excerptOf(article.paragraphs[0] ?? article.title),
    path: articlePath(article.id),
    type: 'article',
    section: themes[0],
    tags: [...districts, ...themes],
  };
}

export const notFoundMeta: PageMeta = {
  title: '页面不存在',
  description: '您要找的报道、区域或主题不存在。',
  path: '/404.html',
  type: 'website',
};
