import { hydrate } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { APP_STATE_ID, isPrerenderedFor } from './app/app-state';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { AppRoutes, basename } from './app/routes';
import { registerServiceWorker } from './app/service-worker';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const stateElement = document.getElementById(APP_STATE_ID);
const embeddedState = stateElement?.textContent;
// A prerendered page brings its data along: hydrating it into the cache means no second fetch.
if (embeddedState) hydrate(queryClient, JSON.parse(embeddedState));
const hydratable = Boolean(embeddedState) && isPrerenderedFor(stateElement?.dataset.url, window.location.pathname);

const app = (
  <AppProviders queryClient={queryClient}>
    <BrowserRouter basename={basename}>
      <AppRoutes />
    </BrowserRouter>
  </AppProviders>
);

registerServiceWorker();

// The 404 page, the offline shell and a page a fallback host sent for another URL render from
// scratch for the URL they answer. As a transition, hydration yields to the browser between
// components instead of freezing the page.
if (hydratable) startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);
