import { startTransition, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * Set on the first navigation inside the app: what mounts from then on is rendered in the browser,
 * never hydrated. Until then a part may still be hydrating, also late (a Suspense boundary whose
 * code arrives after the page), and must start as the server rendered it.
 */
let navigatedInApp = false;

/** Notes the app's first navigation; the shell calls it before its routes render. */
export function useNoteNavigations(): void {
  const { key } = useLocation();
  const first = useRef(key);
  // In render, not an effect: the new route's parts render right after, in the same pass.
  if (key !== first.current) navigatedInApp = true;
}

/**
 * Whether the app is running in the browser: false while the server renders and while the page
 * hydrates, so that what depends on the URL's query or the reader's storage (which the
 * prerendered page never had) waits until hydration is done instead of breaking it. The switch
 * after hydration is a transition, so the parts that change render in slices: a store snapshot
 * (useSyncExternalStore) that differs from the server's would force one synchronous render of
 * them all, a long task on a phone.
 */
export function useIsClient(): boolean {
  const [isClient, setIsClient] = useState(navigatedInApp);
  useEffect(() => startTransition(() => setIsClient(true)), []);
  return isClient;
}
