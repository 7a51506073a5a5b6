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

const browserClients = new Map<string, QueryClient>();

/**
 * TanStack's App Router recipe: a new client for every server render (no user's cache is ever shared with
 * another's), one client per environment for the whole browser session (the cache survives moving between pages,
 * and two environments' data never share a key). `scope` is the environment, or `console` for pages of none.
 */
export function getQueryClient(scope = 'console'): QueryClient {
  if (isServer) return makeQueryClient();
  let client = browserClients.get(scope);
  if (!client) browserClients.set(scope, (client = makeQueryClient()));
  return client;
}
