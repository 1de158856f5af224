import { createBrowserRouter } from 'react-router';
import { NotFoundView } from '../components/NotFoundView';
import { ArticlePage } from '../features/articles/ArticlePage';
import { ListScreen } from './routes/ListScreen';
import { Shell } from './Shell';

export const routes = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <ListScreen /> },
      { path: 'districts/:district', element: <ListScreen /> },
      { path: 'themes/:theme', element: <ListScreen /> },
      { path: 'articles/:id', element: <ArticlePage /> },
      { path: '*', element: <NotFoundView /> },
    ],
  },
];

export function createAppRouter() {
  // Vite's base ("/reader/") becomes the router's basename, so a sub-path deployment just works.
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}
