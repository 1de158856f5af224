import { type HeadMeta, SITE_NAME } from '../site/head';
import { calendarPath, districtsPath, editionPath, editionsPath, savedPath, searchPath } from '../site/paths';
import { formatEditionDate } from '../text/dates';
import type { EditionsView, EditionView } from './view-schema';

/*
 * Head tags of the screens that load on demand, apart from head-meta.ts: the app's own JS then
 * carries only what its eager screens need, and each on-demand chunk brings its own.
 */

/** A year's calendar; `/editions/`, which shows the newest year, names that year's page as canonical. */
export function editionsMeta(view: EditionsView): HeadMeta {
  return {
    title: view.year === undefined ? '往期版面' : `往期版面 ${view.year}年`,
    description: `${SITE_NAME}${view.year === undefined ? '历年' : `${view.year}年`}各期报纸的版面与报道。`,
    path: view.year === undefined ? editionsPath : calendarPath(view.year, view.years[0]?.year),
    type: 'website',
  };
}

export function editionMeta(view: EditionView): HeadMeta {
  return {
    title: formatEditionDate(view.date),
    description: `${SITE_NAME} ${formatEditionDate(view.date)}：共 ${view.pages.length} 个版面，${view.pages.reduce((sum, page) => sum + page.articles.length, 0)} 篇报道。`,
    path: editionPath(view.date),
    type: 'website',
  };
}

export const searchMeta: HeadMeta = {
  title: '搜索',
  description: `在${SITE_NAME}的全部报道中搜索人名、地名、单位和词语。`,
  path: searchPath,
  type: 'website',
};

export const savedMeta: HeadMeta = {
  title: '我的收藏',
  description: `在本机浏览器中收藏的${SITE_NAME}报道，没有网络时也能阅读。`,
  path: savedPath,
  type: 'website',
};

export const districtsMeta: HeadMeta = {
  title: '区域地图',
  description: `北京各区的${SITE_NAME}报道：每个区有多少篇，点一下看这个区的报道。`,
  path: districtsPath,
  type: 'website',
};
