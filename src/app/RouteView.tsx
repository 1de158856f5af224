import { type ReactNode, Suspense, useEffect } from 'react';
import { useRouteView } from '../archive/view-query';
import type { View } from '../archive/view-schema';
import { ErrorNotice } from '../components/ErrorNotice';
import { NotFoundView } from '../components/NotFoundView';

export type ViewOf<K extends View['kind']> = Extract<View, { kind: K }>;

interface RouteViewProps<K extends View['kind']> {
  /** The kinds of view the route shows (two when its path could name either). */
  kinds: readonly K[];
  skeleton: ReactNode;
  children: (view: ViewOf<K>) => ReactNode;
  /** The screen's code, when it loads on demand: fetched alongside the view, not after it. */
  code?: { preload(): Promise<unknown> };
}

/**
 * Shows a route's view once it is there: a skeleton while it loads, a retry when it fails, the
 * not-found page when the route has no view (a page number past the end, an unknown slug).
 */
export function RouteView<K extends View['kind']>({ kinds, skeleton, children, code }: RouteViewProps<K>) {
  const view = useRouteView();
  useEffect(() => void code?.preload().catch(() => undefined), [code]);
  if (view.isPending) return skeleton;
  if (view.isError) return <ErrorNotice onRetry={() => void view.refetch()} />;
  if (!view.data || !(kinds as readonly View['kind'][]).includes(view.data.kind)) return <NotFoundView />;
  // A screen whose code loads on demand shows the skeleton until its chunk is there.
  return <Suspense fallback={skeleton}>{children(view.data as ViewOf<K>)}</Suspense>;
}
