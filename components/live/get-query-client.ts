import { isServer, QueryClient } from '@tanstack/react-query';
import { applyLiveDefaults } from './live-defaults';

function makeQueryClient() {
  const qc = new QueryClient({
    // Above zero so what the server rendered (dehydrated into the page) is not fetched again on mount.
    defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true } },
  });
  applyLiveDefaults(qc);
  return qc;
}

let browserClient: QueryClient | undefined;

/**
 * TanStack's App Router recipe: a new client for every server render (no user's cache is ever shared with
 * another's), one client for the whole browser session (the cache survives moving between pages).
 */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  return (browserClient ??= makeQueryClient());
}
