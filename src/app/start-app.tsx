import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { wholeView } from '../archive/markup-text';
import { viewQuery } from '../archive/view-query';
import { articleScreen } from '../features/articles/article-screen.on-demand';
import { APP_STATE_ID, isPrerenderedFor } from '../site/embedded-view';
import { routeOfUrlPath, routerBasename } from '../site/site-url';
import { AppProviders } from './AppProviders';
import { noteLandingDocument } from './landing-document';
import { listParts } from './list-parts.on-demand';
import { createQueryClient } from './query-client';
import { readerTools } from './reader-tools.on-demand';
import { AppRoutes, codeBeforeHydration } from './route-table';

const queryClient = createQueryClient();

const app = (
  <AppProviders queryClient={queryClient}>
    <BrowserRouter basename={routerBasename}>
      <AppRoutes />
    </BrowserRouter>
  </AppProviders>
);

/** Ends this task: what follows runs in a new one, and the page can answer a tap in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads the page's view, then hydrates, each in a task of its own after the one that evaluated
 * the app: one task doing all three takes over 100 ms on a phone, long enough to hold up a tap.
 */
async function start(root: HTMLElement): Promise<void> {
  await nextTask();
  // A prerendered page brings its view along: put in the cache, it means no second fetch.
  // Markup a fallback host sent for another URL brings nothing usable and renders afresh.
  const stateElement = document.getElementById(APP_STATE_ID);
  const embedded = isPrerenderedFor(stateElement?.dataset.url, window.location.pathname)
    ? wholeView(JSON.parse(stateElement?.textContent ?? 'null'), () => root)
    : undefined;
  if (embedded) queryClient.setQueryData(viewQuery(routeOfUrlPath(window.location.pathname) ?? '/').queryKey, embedded);
  await nextTask();
  // The 404 page, the offline shell and a page a fallback host sent for another URL render from
  // scratch for the URL they answer. As a transition, hydration yields to the browser between
  // components instead of freezing the page.
  if (!embedded) createRoot(root).render(app);
  else {
    // Hydration must find every screen's code in place, or React would throw the markup away.
    await codeBeforeHydration(embedded.kind)?.preload();
    // Every page shows the reader's tools once hydrated: fetched while it hydrates, they render in
    // the same pass as the page's other parts that wait for hydration, not in one of their own.
    setTimeout(() => void readerTools.preload().catch(() => undefined), 0);
    startTransition(() => void hydrateRoot(root, app));
  }
}

/**
 * A list's facets, map and pager, and the article screen, come after the page; fetched once the
 * browser is idle, no later visit to a list or an article waits for them. One part an idle
 * period: starting a chunk's download is itself a few milliseconds of work.
 */
function preloadWhenIdle(): void {
  const whenIdle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 2000));
  const parts = [listParts, articleScreen];
  const preloadNext = () => {
    const part = parts.shift();
    if (!part) return;
    void part.preload().catch(() => undefined);
    whenIdle(preloadNext);
  };
  whenIdle(preloadNext);
}

/** Runs the app on the page: hydrates what was prerendered, or renders afresh. */
export function startApp(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  noteLandingDocument();
  void start(root);
  preloadWhenIdle();
}
