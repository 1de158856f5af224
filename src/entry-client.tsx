import { hydrate } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { APP_STATE_ID } from './app/app-state';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { AppRoutes, basename } from './app/routes';
import { registerServiceWorker } from './app/service-worker';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
const embeddedState = document.getElementById(APP_STATE_ID)?.textContent;
// A prerendered page brings its data along: hydrating it into the cache means no second fetch.
if (embeddedState) hydrate(queryClient, JSON.parse(embeddedState));

const app = (
  <AppProviders queryClient={queryClient}>
    <BrowserRouter basename={basename}>
      <AppRoutes />
    </BrowserRouter>
  </AppProviders>
);

registerServiceWorker();

// The 404 page and the offline shell carry no state: they render from scratch for whatever URL they answer.
// As a transition, hydration yields to the browser between components instead of freezing the page.
if (embeddedState) startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);
