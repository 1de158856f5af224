import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // Data files are content-hashed: what was fetched (or embedded in the page) never goes stale.
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
  });
}
