import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * Whether the app is running in the browser: false while the server renders and while the page
 * hydrates, so that what depends on the URL's query (which the prerendered page never had) waits
 * until hydration is done instead of breaking it.
 */
export const useIsClient = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
