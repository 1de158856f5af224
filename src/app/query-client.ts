import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A view changes only with a new deployment, which the reader takes on by reloading
        // (UpdateNotice): within one visit, what was fetched or embedded never goes stale.
        staleTime: Number.POSITIVE_INFINITY,
        // Offline is not a reason to wait: the service worker answers saved pages from its cache,
        // and a page never saved fails fast enough to say so.
        networkMode: 'always',
      },
    },
  });
}
