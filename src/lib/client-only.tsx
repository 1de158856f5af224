import { type ReactNode, Suspense } from 'react';
import { useIsClient } from './use-is-client';

/**
 * A part that only exists where the app runs (a control that needs JavaScript, a reader's own
 * marks): the server and hydration render the fallback, a placeholder of the part's size so that
 * nothing moves when it arrives; then the part renders (suspending until its code is there).
 */
export function ClientOnly({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const isClient = useIsClient();
  return isClient ? <Suspense fallback={fallback}>{children}</Suspense> : fallback;
}
