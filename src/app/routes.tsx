import { Route, Routes } from 'react-router';
import { NotFoundView } from '../components/NotFoundView';
import { ArticlePage } from '../features/articles/ArticlePage';
import { routePatterns } from '../lib/routes';
import { ListScreen } from './routes/ListScreen';
import { Shell } from './Shell';

/** The app's routes, shared by the browser (BrowserRouter) and the prerenderer (StaticRouter). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        {routePatterns.lists
          // Lists show every article for now: their later pages come with the paginated views.
          .filter((pattern) => !pattern.includes('page/'))
          .map((pattern) => (pattern === '' ? <Route key="index" index element={<ListScreen />} /> : <Route key={pattern} path={pattern} element={<ListScreen />} />))}
        <Route path={routePatterns.article} element={<ArticlePage />} />
        <Route path="*" element={<NotFoundView />} />
      </Route>
    </Routes>
  );
}

/** Vite's base ("/reader/") is the router's basename, so a sub-path deployment just works. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
