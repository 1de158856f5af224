import type { ContentIndex, ArticleSummary } from '../content/site-schema';
import { articlePath, listPath, type ListFilter } from './routes';
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

export const documentTitle = (pageTitle: string) => `${pageTitle} - ${SITE_NAME}`;

export function filterLabel(index: ContentIndex, { district, theme }: ListFilter): string | undefined {
  const names = [district && termName(index.districts, district), theme && termName(index.themes, theme)];
  return names.filter(Boolean).join(' · ') || undefined;
}

export function listMeta(index: ContentIndex, filter: ListFilter, count: number): PageMeta {
  const label = filterLabel(index, filter);
  return {
    title: label ?? '全部报道',
    description: label ? `${SITE_NAME}：${label}相关报道 ${count} 篇。` : SITE_DESCRIPTION,
    path: listPath(filter),
    type: 'website',
  };
}

export function articleMeta(article: ArticleSummary, index: ContentIndex): PageMeta {
  const themes = article.themes.map((slug) => termName(index.themes, slug));
  const districts = article.districts.map((slug) => termName(index.districts, slug));
  return {
    title: article.title,
    description: article.excerpt,
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
