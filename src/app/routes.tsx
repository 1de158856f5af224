import type { RouteObject } from 'react-router';
import { NotFoundView } from '../components/NotFoundView';
import { ArticlePage } from '../features/articles/ArticlePage';
import { routePatterns } from '../lib/routes';
import { ListScreen } from './routes/ListScreen';
import { Shell } from './Shell';

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <ListScreen /> },
      { path: routePatterns.district, element: <ListScreen /> },
      { path: routePatterns.theme, element: <ListScreen /> },
      { path: routePatterns.districtAndTheme, element: <ListScreen /> },
      { path: routePatterns.article, element: <ArticlePage /> },
      { path: '*', element: <NotFoundView /> },
    ],
  },
];

/** Vite's base ("/reader/") is the router's basename, so a sub-path deployment just works. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
