import type { ReactNode } from 'react';
import type { View } from '../archive/view-schema';
import { ErrorNotice } from '../components/ErrorNotice';
import { NotFoundView } from '../components/NotFoundView';
import { useRouteView } from '../lib/view-query';

type ViewOf<K extends View['kind']> = Extract<View, { kind: K }>;

interface RouteViewProps<K extends View['kind']> {
  kind: K;
  skeleton: ReactNode;
  children: (view: ViewOf<K>) => ReactNode;
}

/**
 * Shows a route's view once it is there: a skeleton while it loads, a retry when it fails, the
 * not-found page when the route has no view (a page number past the end, an unknown slug).
 */
export function RouteView<K extends View['kind']>({ kind, skeleton, children }: RouteViewProps<K>) {
  const view = useRouteView();
  if (view.isPending) return skeleton;
  if (view.isError) return <ErrorNotice onRetry={() => void view.refetch()} />;
  if (view.data?.kind !== kind) return <NotFoundView />;
  return children(view.data as ViewOf<K>);
}
