import type { ArticleView, EditionPageView, EditionsView, EditionView, ListView, Term, View } from '../archive/view-schema';
import { excerptOf } from '../content/excerpt';
import { formatEditionDate } from './dates';
import { articlePath, editionPagePath, editionPath, editionsPath, editionsYearPath, listPath } from './routes';
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

export function filterLabel(terms: { districts: Term[]; themes: Term[] }, { district, theme }: ListView['filter']): string | undefined {
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

/** A year's calendar; `/editions/`, which shows the newest year, names that year's page as canonical. */
export function editionsMeta(view: EditionsView): PageMeta {
  return {
    title: view.year === undefined ? '往期版面' : `往期版面 ${view.year}年`,
    description: `${SITE_NAME}${view.year === undefined ? '历年' : `${view.year}年`}各期报纸的版面与报道。`,
    path: view.year === undefined ? editionsPath : editionsYearPath(view.year),
    type: 'website',
  };
}

export function editionMeta(view: EditionView): PageMeta {
  return {
    title: formatEditionDate(view.date),
    description: `${SITE_NAME} ${formatEditionDate(view.date)}：共 ${view.pages.length} 个版面。`,
    path: editionPath(view.date),
    type: 'website',
  };
}

export const pageLabel = ({ number, name }: { number: number; name?: string }) => `第${number}版${name ? ` ${name}` : ''}`;

export function editionPageMeta(view: EditionPageView): PageMeta {
  const title = `${formatEditionDate(view.date)} ${pageLabel(view)}`;
  return {
    title,
    description: `${SITE_NAME} ${title}：${view.articles.map((article) => article.title).join('；')}`,
    path: editionPagePath(view.date, view.number),
    type: 'website',
  };
}

export const notFoundMeta: PageMeta = {
  title: '页面不存在',
  description: '您要找的报道、区域或主题不存在。',
  path: '/404.html',
  type: 'website',
};

/** The head tags of any route, from its view. */
export function viewMeta(view: View): PageMeta {
  switch (view.kind) {
    case 'list':
      return listMeta(view);
    case 'article':
      return articleMeta(view);
    case 'editions':
      return editionsMeta(view);
    case 'edition':
      return editionMeta(view);
    case 'edition-page':
      return editionPageMeta(view);
  }
}
