'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getQueryClient } from './get-query-client';

/**
 * React Query for a whole layout (the console, and the public connect page), with the live layer's polling
 * defaults. Pages hand it what the server loaded through `Prefetched`, so nothing is fetched twice.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  // Not useState: a client created during a render that suspends would be thrown away (TanStack's recipe).
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}
