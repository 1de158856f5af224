import { Route, Routes } from 'react-router';
import { NotFoundView } from '../components/NotFoundView';
import { ArticlePage } from '../features/articles/ArticlePage';
import { ArticleSkeleton } from '../features/articles/ArticleSkeleton';
import { DistrictsSkeleton } from '../features/district-map/DistrictsSkeleton';
import { EditionSkeleton } from '../features/editions/EditionSkeleton';
import { EditionPageScreen, EditionScreen, EditionsCalendar, editionScreens } from '../features/editions/on-demand';
import { SaveEdition } from '../features/offline/on-demand';
import { SearchScreen } from '../features/search/on-demand';
import { routePatterns, withTrailingSlash } from '../site/paths';
import { DistrictsScreen, listParts } from './list-parts-on-demand';
import { RouteView } from './RouteView';
import { ArticleToolsSlot, SavedScreen } from './reader-tools-on-demand';
import { ListScreen, ListScreenSkeleton } from './routes/ListScreen';
import { Shell } from './Shell';

const list = (
  <RouteView kind="list" skeleton={<ListScreenSkeleton />}>
    {(view) => <ListScreen view={view} />}
  </RouteView>
);

/** The app's routes, shared by the browser (BrowserRouter) and the prerenderer (StaticRouter). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        {routePatterns.lists.map((pattern) =>
          pattern === '' ? (
            <Route key="index" index element={list} />
          ) : (
            <Route key={pattern} path={pattern} element={list} />
          ),
        )}
        <Route
          path={routePatterns.editions}
          element={
            <RouteView kind="editions" skeleton={<EditionSkeleton />} code={editionScreens}>
              {(view) => <EditionsCalendar view={view} />}
            </RouteView>
          }
        />
        <Route
          path={routePatterns.edition}
          element={
            <RouteView kind={['edition', 'editions']} skeleton={<EditionSkeleton />} code={editionScreens}>
              {(view) =>
                view.kind === 'editions' ? (
                  <EditionsCalendar view={view} />
                ) : (
                  <EditionScreen view={view}>
                    {view.offline && (
                      <SaveEdition date={view.date} bytes={view.offline.bytes} view={view} label="本期" />
                    )}
                  </EditionScreen>
                )
              }
            </RouteView>
          }
        />
        <Route
          path={routePatterns.editionPage}
          element={
            <RouteView kind="edition-page" skeleton={<EditionSkeleton />} code={editionScreens}>
              {(view) => <EditionPageScreen view={view} />}
            </RouteView>
          }
        />
        <Route
          path={routePatterns.article}
          // Keyed by article: the next article's tools start afresh (no reading aloud or saving status carried over).
          element={
            <RouteView kind="article" skeleton={<ArticleSkeleton />}>
              {(view) => <ArticlePage view={view} tools={<ArticleToolsSlot key={view.article.id} view={view} />} />}
            </RouteView>
          }
        />
        <Route path={routePatterns.search} element={<SearchScreen />} />
        <Route
          path={routePatterns.districts}
          element={
            <RouteView kind="districts" skeleton={<DistrictsSkeleton />} code={listParts}>
              {(view) => <DistrictsScreen view={view} />}
            </RouteView>
          }
        />
        <Route path={routePatterns.saved} element={<SavedScreen />} />
        <Route path="*" element={<NotFoundView />} />
      </Route>
    </Routes>
  );
}

/** Vite's base ("/reader/") is the router's basename, so a sub-path deployment just works. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** A URL's route path (the cache key of its view): without the base, with its trailing slash. */
export const routeOfUrl = (url: string) => withTrailingSlash(basename === '/' ? url : url.slice(basename.length));
