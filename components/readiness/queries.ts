import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { GridFilter, GridPage } from '@/lib/readiness/grid';
import type { ConnectionAuthState } from '@/lib/scalekit/types';

export const readinessKeys = {
  user: (configId: string, identifier: string) => ['readiness', configId, identifier] as const,
  grid: (configId: string, filter: GridFilter, q: string, page: number) =>
    ['readiness-grid', configId, filter, q, page] as const,
};

export const readinessQuery = (configId: string, identifier: string) =>
  queryOptions({
    queryKey: readinessKeys.user(configId, identifier),
    queryFn: () =>
      getJson<{ connections: ConnectionAuthState[]; ready: boolean }>(
        `/api/readiness?${new URLSearchParams({ configId, identifier })}`,
      ),
    enabled: !!configId && identifier.trim().length > 0,
    staleTime: 5_000,
  });

export const GRID_POLL_MS = 30_000;

export const gridQueryOptions = (configId: string, filter: GridFilter, q: string, page: number) =>
  queryOptions({
    queryKey: readinessKeys.grid(configId, filter, q, page),
    queryFn: () =>
      getJson<GridPage>(
        `/api/readiness-grid?${new URLSearchParams({ configId, filter, q, page: String(page) })}`,
      ),
    enabled: !!configId,
    // The server shares one snapshot per config between all viewers; polling it is cheap.
    refetchInterval: GRID_POLL_MS,
    placeholderData: (prev) => prev,
  });
