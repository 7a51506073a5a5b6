import { queryOptions } from '@tanstack/react-query';
import type { GridFilter, GridPage } from '@/lib/readiness/grid';
import { liveQueryOptions } from '@/components/accounts/live-query';
import { getJson } from '@/components/ui/get-json';
import type { AccountView } from '@/lib/accounts/rows';

export interface UserAccountsResponse {
  accounts: AccountView[];
  checkedAt: string;
}

export const userKeys = {
  accounts: (identifier: string) => ['user-accounts', identifier] as const,
  search: (q: string) => ['user-search', q] as const,
  grid: (configId: string, filter: GridFilter, q: string, page: number) =>
    ['readiness-grid', configId, filter, q, page] as const,
};

/**
 * A user's accounts, polled while something they need is not ACTIVE. `watched` returns the statuses that
 * matter on this page (the mapped connections shown), so polling stops exactly when those are all ACTIVE.
 * One query key per user: every component showing the user shares one request.
 */
export const userAccountsQuery = (
  identifier: string,
  watched: (data: UserAccountsResponse) => (string | null)[],
) =>
  liveQueryOptions({
    queryKey: userKeys.accounts(identifier),
    queryFn: () => getJson<UserAccountsResponse>(`/api/users/${encodeURIComponent(identifier)}/accounts`),
    watched,
  });

export interface SearchResponse {
  users: { identifier: string; accounts: { connectionName: string; status: string | null }[] }[];
  more: boolean;
}

export const userSearchQuery = (q: string) =>
  queryOptions({
    queryKey: userKeys.search(q),
    queryFn: () => getJson<SearchResponse>(`/api/identifiers?${new URLSearchParams({ q })}`),
    enabled: q.trim().length >= 3,
    staleTime: 15_000,
  });

export const GRID_POLL_MS = 30_000;

export const gridQueryOptions = (configId: string, filter: GridFilter, q: string, page: number) =>
  queryOptions({
    queryKey: userKeys.grid(configId, filter, q, page),
    queryFn: () =>
      getJson<GridPage>(
        `/api/readiness-grid?${new URLSearchParams({ configId, filter, q, page: String(page) })}`,
      ),
    enabled: !!configId,
    // The server shares one snapshot per config between all viewers; polling it is cheap.
    refetchInterval: GRID_POLL_MS,
    placeholderData: (prev) => prev,
  });
