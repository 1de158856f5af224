import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode } from 'react';

/**
 * What both the browser and the prerenderer wrap around the router. StrictMode only checks in
 * development, so the production build leaves it out.
 */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const providers = <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return import.meta.env.DEV ? <StrictMode>{providers}</StrictMode> : providers;
}
