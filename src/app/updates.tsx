import { Suspense } from 'react';
import { onDemand } from '../lib/on-demand';

/** The service worker's registration and update notice: its own chunk, after the page. */
export const updateNotice = onDemand(() => import('./UpdateNotice'));

const LoadedUpdateNotice = updateNotice.component((m) => m.UpdateNotice);

export function UpdateNotice() {
  return (
    <Suspense fallback={null}>
      <LoadedUpdateNotice />
    </Suspense>
  );
}
