'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

function newClient() {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: true } },
  });
}

// One client per browser session, shared by every provider, so the cache survives moving between pages.
let browserClient: QueryClient | undefined;

/**
 * React Query for the pages that use it (live account status, search, the grid, the editor's catalog), and
 * only those: TanStack Query is ~13 kB gzipped, so pages that render from the server alone (home, lists,
 * activity, audit) do not load it (issue 14's 150 kB first-load budget). The server renders with a fresh
 * client per request, so no user's cache is shared with another's.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() =>
    typeof window === 'undefined' ? newClient() : (browserClient ??= newClient()),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
