import type { ReactNode } from 'react';
import { type RouteObject, useRoutes } from 'react-router';
import type { View } from '../archive/view-schema';
import { NotFoundView } from '../components/NotFoundView';
import { ArticleSkeleton } from '../features/articles/ArticleSkeleton';
import { ArticleScreen, articleScreen } from '../features/articles/article-screen.on-demand';
import { DistrictsSkeleton } from '../features/district-map/DistrictsSkeleton';
import { EditionSkeleton } from '../features/editions/EditionSkeleton';
import { EditionScreen, EditionsCalendar, editionScreens } from '../features/editions/edition-screens.on-demand';
import { SaveEdition } from '../features/offline/offline-saving.on-demand';
import { SearchScreen, searchScreens } from '../features/search/search-screens.on-demand';
import type { OnDemand } from '../lib/on-demand';
import { DistrictsScreen, listParts } from './list-parts.on-demand';
import { RouteView, type ViewOf } from './RouteView';
import { ArticleToolsSlot, readerTools, SavedScreen } from './reader-tools.on-demand';
import { ListScreen, ListScreenSkeleton } from './routes/ListScreen';
import { Shell } from './Shell';

/** One route of the app: everything the router, the prerenderer and hydration need to know of it. */
export interface AppRoute {
  /** React Router patterns under the shell; '' is the front page. */
  paths: readonly string[];
  /** The kinds of view the build prerenders at these paths. */
  kinds: readonly View['kind'][];
  element: ReactNode;
  /** The screen's on-demand code, if it has any. */
  code?: OnDemand<unknown>;
  /** Whether a prerendered page must have `code` before it hydrates: the page's markup comes from it. */
  codeBeforeHydration: boolean;
}

interface ViewRoute<K extends View['kind']> extends Omit<AppRoute, 'kinds' | 'element'> {
  kinds: readonly K[];
  /** What shows while the view (and the code) loads. */
  placeholder: ReactNode;
  screen: (view: ViewOf<K>) => ReactNode;
}

/** A route whose screen shows its view: placeholder while it loads, a retry when it fails, 404 when there is none. */
function viewRoute<K extends View['kind']>({ placeholder, screen, ...route }: ViewRoute<K>): AppRoute {
  const element = (
    <RouteView kinds={route.kinds} skeleton={placeholder} code={route.code}>
      {screen}
    </RouteView>
  );
  return { ...route, element };
}

const listPatterns = ['', 'districts/:district/', 'themes/:theme/', 'districts/:district/themes/:theme/'];

export const ROUTES: readonly AppRoute[] = [
  viewRoute({
    // Every list, first page and later pages: `/`, `/page/2`, `/districts/:district/page/:page` …
    paths: listPatterns.flatMap((list) => [list, `${list}page/:page`]).map((pattern) => pattern.replace(/\/$/u, '')),
    kinds: ['list'],
    placeholder: <ListScreenSkeleton />,
    screen: (view) => <ListScreen view={view} />,
    // The facets, map and pager arrive after the page; React keeps their server markup meanwhile.
    code: listParts,
    codeBeforeHydration: false,
  }),
  viewRoute({
    // Every year's calendar: `/editions/` (the newest year) and `/editions/2023/`.
    paths: ['editions/:year?'],
    kinds: ['editions'],
    placeholder: <EditionSkeleton />,
    screen: (view) => <EditionsCalendar view={view} />,
    code: editionScreens,
    codeBeforeHydration: true,
  }),
  viewRoute({
    // A day's edition: `/editions/2023/03/08/`.
    paths: ['editions/:year/:month/:day'],
    kinds: ['edition'],
    placeholder: <EditionSkeleton />,
    screen: (view) => (
      <EditionScreen view={view}>
        {view.offline && <SaveEdition date={view.date} size={view.offline} view={view} label="本期" />}
      </EditionScreen>
    ),
    code: editionScreens,
    codeBeforeHydration: true,
  }),
  viewRoute({
    // Under the edition's date, `/articles/2023/03/08/<id>/`, or `/articles/undated/<id>/`: any
    // path under /articles/, as its view (or a 404 for it) says whether the article exists.
    paths: ['articles/*'],
    kinds: ['article'],
    placeholder: <ArticleSkeleton />,
    // Keyed by article: the next article's tools start afresh (no reading aloud or saving status carried over).
    screen: (view) => <ArticleScreen view={view} tools={<ArticleToolsSlot key={view.article.id} view={view} />} />,
    code: articleScreen,
    codeBeforeHydration: true,
  }),
  // The results come from the URL's query, not from a view: the screen reads the index itself.
  { paths: ['search'], kinds: ['search'], element: <SearchScreen />, code: searchScreens, codeBeforeHydration: true },
  viewRoute({
    paths: ['districts'],
    kinds: ['districts'],
    placeholder: <DistrictsSkeleton />,
    screen: (view) => <DistrictsScreen view={view} />,
    code: listParts,
    codeBeforeHydration: true,
  }),
  // Saved articles live in the reader's storage, not in a view.
  { paths: ['saved'], kinds: ['saved'], element: <SavedScreen />, code: readerTools, codeBeforeHydration: true },
];

/**
 * The route objects, made once: `<Routes>` with `<Route>` children would turn its children into
 * these again on every render, hydration's first one included. React Router compiles each one's
 * pattern into a regular expression on every match, so there are as few as can be: flat (the
 * shell is around them, not a parent route) and case-sensitive (a case-insensitive expression
 * costs more to build, and the site's paths are lowercase files).
 */
const ROUTE_OBJECTS: RouteObject[] = [
  ...ROUTES.flatMap(({ paths, element }) =>
    paths.map((path): RouteObject => ({ path: `/${path}`, element, caseSensitive: true })),
  ),
  { path: '*', element: <NotFoundView /> },
];

/** The app's routes, shared by the browser (BrowserRouter) and the prerenderer (StaticRouter). */
export function AppRoutes() {
  return <Shell>{useRoutes(ROUTE_OBJECTS)}</Shell>;
}

/** The on-demand code a prerendered page of this kind needs before it can hydrate. */
export const codeBeforeHydration = (kind: View['kind']) =>
  ROUTES.find((route) => route.codeBeforeHydration && route.kinds.includes(kind))?.code;
