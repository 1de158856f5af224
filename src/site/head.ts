/** The site's name and what each document says about itself in its head. */

export const SITE_NAME = '首都工会新闻';
export const SITE_DESCRIPTION = '首都工会新闻：北京各区工会动态、职工关爱、劳模工匠与女职工工作报道。';

/** What a document tells the browser tab, search engines and share previews about itself. */
export interface HeadMeta {
  title: string;
  description: string;
  /** Route path, e.g. /articles/x/ (without the deployment base). */
  path: string;
  type: 'website' | 'article';
  /** For articles: the leading theme, and every district and theme name. */
  section?: string;
  tags?: string[];
  /** A share preview's picture, a site path without the base (an article's lead photo); the site's icon without one. */
  image?: string;
}

export const documentTitle = (pageTitle: string) => `${pageTitle} - ${SITE_NAME}`;
