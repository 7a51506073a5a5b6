import { queryOptions } from '@tanstack/react-query';
import { getJson } from '@/components/ui/get-json';
import type { GridPage, GridView } from '@/lib/readiness/grid';
import type { UserReadiness } from '@/lib/readiness/user-readiness';

export const readinessKeys = {
  all: ['readiness'] as const,
  ofUser: (identifier: string) => [...readinessKeys.all, 'user', identifier] as const,
  user: (configId: string, identifier: string) => [...readinessKeys.ofUser(identifier), configId] as const,
  grids: () => [...readinessKeys.all, 'grid'] as const,
  gridsOf: (configId: string) => [...readinessKeys.grids(), configId] as const,
  grid: (v: GridView) => [...readinessKeys.gridsOf(v.configId), v.filter, v.q, v.page] as const,
};

export const gridPath = (v: GridView, refresh = false) =>
  `/api/readiness-grid?${new URLSearchParams({
    configId: v.configId,
    filter: v.filter,
    q: v.q,
    page: String(v.page),
    ...(refresh ? { refresh: '1' } : {}),
  })}`;

export const readinessQuery = (configId: string, identifier: string) =>
  queryOptions({
    queryKey: readinessKeys.user(configId, identifier),
    queryFn: () => getJson<UserReadiness>(`/api/readiness?${new URLSearchParams({ configId, identifier })}`),
    enabled: !!configId && identifier.trim().length > 0,
    staleTime: 5_000,
  });

/** One page of the grid; the live layer refreshes every grid shown (the server shares one snapshot). */
export const gridQueryOptions = (v: GridView) =>
  queryOptions({
    queryKey: readinessKeys.grid(v),
    queryFn: () => getJson<GridPage>(gridPath(v)),
    enabled: !!v.configId,
    placeholderData: (prev) => prev,
  });
