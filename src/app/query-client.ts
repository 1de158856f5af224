import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // A view changes only with a new deployment, which the reader takes on by reloading
    // (UpdateNotice): within one visit, what was fetched or embedded never goes stale.
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
  });
}
