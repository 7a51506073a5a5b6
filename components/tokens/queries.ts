import { queryOptions } from '@tanstack/react-query';
import type { ConnectionAuthState } from '@/lib/scalekit/types';

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `Request failed (${res.status})`);
  return body;
}

export const tokenKeys = {
  readiness: (configId: string, identifier: string) => ['readiness', configId, identifier] as const,
  identifiers: (q: string) => ['identifiers', q] as const,
};

export const readinessQuery = (configId: string, identifier: string) =>
  queryOptions({
    queryKey: tokenKeys.readiness(configId, identifier),
    queryFn: () =>
      getJson<{ connections: ConnectionAuthState[]; ready: boolean }>(
        `/api/readiness?${new URLSearchParams({ configId, identifier })}`,
      ),
    enabled: !!configId && identifier.trim().length > 0,
    staleTime: 5_000,
  });

export const identifiersQuery = (q: string) =>
  queryOptions({
    queryKey: tokenKeys.identifiers(q),
    queryFn: () => getJson<{ identifiers: string[] }>(`/api/identifiers?${new URLSearchParams({ q })}`),
    enabled: q.trim().length >= 3,
    staleTime: 30_000,
  });
